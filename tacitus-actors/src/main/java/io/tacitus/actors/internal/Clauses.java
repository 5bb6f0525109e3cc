// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which clause a token belongs to, for deciding which countries named in a sentence can be a role's. Stateless. */
final class Clauses {
    /** Links to a clause of its own: "..., but Beijing replied". */
    private static final Set<String> OTHER_CLAUSE = Set.of("conj", "parataxis");

    private Clauses() {
    }

    /** Whether the token lies in a clause that is the complement (ccomp) of the verb. */
    static boolean toldBy(Sentence s, int token, int verb) {
        return tellers(s, token, 12).contains(verb);
    }

    /**
     * The verbs whose complement clauses hold a token, nearest first, found within {@code hops} steps up its first
     * parents: "Venezuela and Nicaragua said they were withdrawing" gives "said" for "they".
     */
    static List<Integer> tellers(Sentence s, int token, int hops) {
        List<Integer> out = new ArrayList<>();
        int node = token;
        for (int hop = 0; hop < hops; hop++) {
            List<Dependency> up = s.parents(node);
            if (up.isEmpty() || up.get(0).governor() < 0) {
                return out;
            }
            if (up.get(0).base().equals("ccomp")) {
                out.add(up.get(0).governor());
            }
            node = up.get(0).governor();
        }
        return out;
    }

    /**
     * Whether a mention after the role lies in the role's own clause: "the Foreign Ministry summoned China's
     * ambassador ..., but Beijing replied" does not make the ministry China's. Unparsed sentences count as one clause.
     */
    static boolean sameClause(Sentence s, int role, int other) {
        if (!s.parsed()) {
            return true;
        }
        int clause = clauseOf(s, role);
        int node = other; // "marched on the embassy, denouncing ... Philippine sovereignty": a participle is still its clause
        for (int hops = 0; hops < 12; hops++) {
            if (node == clause) {
                return true;
            }
            List<Dependency> up = s.parents(node);
            if (up.isEmpty() || up.get(0).governor() < 0 || OTHER_CLAUSE.contains(up.get(0).base())) {
                return false;
            }
            node = up.get(0).governor();
        }
        return false;
    }

    static int clauseOf(Sentence s, int token) {
        int node = token;
        for (int hops = 0; hops < 12; hops++) {
            List<Dependency> up = s.parents(node);
            if (up.isEmpty() || up.get(0).governor() < 0) {
                return node;
            }
            node = up.get(0).governor();
            if (s.tokens().get(node).isVerb()) {
                return node;
            }
        }
        return node;
    }
}
