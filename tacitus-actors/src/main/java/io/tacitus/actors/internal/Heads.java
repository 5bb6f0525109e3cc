// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;

/** Finds the syntactic head of a token span. */
final class Heads {
    private Heads() {
    }

    /** The last token of [start, end) whose governor lies outside the span; the last token if unparsed. */
    static int head(Sentence s, int start, int end) {
        if (!s.parsed()) {
            return end - 1;
        }
        int head = -1;
        for (int t = start; t < end; t++) {
            boolean inside = false;
            boolean any = false;
            for (Dependency d : s.parents(t)) {
                if (d.relation().startsWith("conj") || d.relation().contains("xsubj")) {
                    continue;
                }
                any = true;
                if (d.governor() >= start && d.governor() < end) {
                    inside = true;
                }
            }
            if (any && !inside) {
                head = t;
            }
        }
        return head < 0 ? end - 1 : head;
    }
}
