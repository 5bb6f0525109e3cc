// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs a main clause read as a passive without its auxiliary: in "Putin called the downing a stab in the back
 * by the accomplices of terrorists" the "by" phrase leads CoreNLP to {@code nsubj:pass(called, Putin)}, so the
 * caller becomes the one called. A passive needs "be" or "get"; the root verb of a sentence in the past tense with
 * a passive subject and no auxiliary at all is active: its subject becomes {@code nsubj}. Conjoined verbs share
 * the first one's auxiliary ("was announced ... and endorsed by") and participles that modify a noun (acl) are real
 * reduced passives; both are left alone.
 */
public final class AuxlessPassives {
    private AuxlessPassives() {
    }

    /** The dependencies with each such subject made active; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency d : deps) {
            if (d.relation().equals("nsubj:pass") && d.dependent() < d.governor() && isRoot(deps, d.governor())
                    && tokens.get(d.governor()).tag().matches("VB[DN]") && !hasAuxiliary(deps, d.governor())) {
                List<Dependency> next = new ArrayList<>(out.size());
                for (Dependency x : out) {
                    next.add(x.equals(d) ? new Dependency("nsubj", d.governor(), d.dependent()) : x);
                }
                out = List.copyOf(next);
            }
        }
        return out;
    }

    private static boolean isRoot(List<Dependency> deps, int verb) {
        return deps.stream().anyMatch(x -> x.dependent() == verb && x.relation().equals("root"));
    }

    private static boolean hasAuxiliary(List<Dependency> deps, int verb) {
        return deps.stream().anyMatch(x -> x.governor() == verb && (x.base().equals("aux") || x.base().equals("cop")));
    }
}
