// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * A typed dependency between two tokens of a sentence (Universal Dependencies, enhanced++).
 *
 * @param relation  relation name with its case marker, e.g. "nsubj", "obl:with", "nmod:poss"
 * @param governor  governor token index, or -1 for the root
 * @param dependent dependent token index
 */
public record Dependency(String relation, int governor, int dependent) {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad dependency " + relation + " " + governor + " " + dependent);
        }
    }

    /** The relation without its case marker: "obl" for "obl:with". */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The case marker of an enhanced relation: "with" for "obl:with"; empty when there is none. */
    public String marker() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
