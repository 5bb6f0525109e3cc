// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.util.Set;

/**
 * Whether conjoined sources act on each other: "accused each other", "met one another", and symmetric verbs
 * ("Russia and China agreed") unless what they agree to do is done to a third party ("Malaysia, New Zealand and
 * Portugal have agreed to send soldiers"). Stateless.
 */
final class Reciprocity {
    /**
     * Roots of acts done to a third party: aid, postures, reductions of relations, force. Yielding is not among them:
     * "Thailand and Cambodia agreed to withdraw troops from the disputed area" yield to each other.
     */
    private static final Set<String> DIRECTED = Set.of("07", "15", "16", "17", "18", "19", "20");

    private Reciprocity() {
    }

    /** "accused each other", "met one another": the sources act on each other. */
    static boolean eachOther(Sentence s, int p) {
        for (Dependency d : s.children(p)) {
            if (d.base().equals("obj") || d.base().equals("obl")) {
                String w = s.tokens().get(d.dependent()).word().toLowerCase();
                if (w.equals("other") || w.equals("another")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "accused each other of violating the ceasefire": the complement clause is reciprocal too. */
    static boolean climbed(Sentence s, SourceFinder finder, int p) {
        for (Dependency d : s.parents(p)) {
            if (d.governor() >= 0 && d.base().equals("advcl") && !finder.hasAnySubject(p)) {
                return eachOther(s, d.governor());
            }
        }
        return false;
    }

    /** "agreed to send soldiers": a symmetric verb whose complement is done to someone else, not to each other. */
    static boolean directedComplement(Sentence s, EntryMatcher matcher, int p) {
        for (Dependency d : s.children(p)) {
            LexiconEntry e = d.base().equals("xcomp") ? matcher.match(s, d.dependent()) : null;
            if (e != null && !e.symmetric() && DIRECTED.contains(e.type().code().root())) {
                return true;
            }
        }
        return false;
    }
}
