// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.eval;

/** What scoring sees of an event: source country, target country, CAMEO root. */
public record Triple(String source, String target, String root) {
    @Override
    public String toString() {
        return source + "->" + target + " " + root;
    }
}
