// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.Set;

/** Reads a predicate's tense from the graph. Stateless. */
final class Tenses {
    private Tenses() {
    }

    /**
     * Whether the predicate is in the simple past: a past-tense verb, a past auxiliary ("was seized",
     * "did speak"; not the perfect), a participle or infinitive under a past clause ("told Putin ... while
     * pointing"), or a noun that is an argument of one.
     */
    static boolean past(Sentence s, int p) {
        int verb = p;
        if (s.tokens().get(p).isNoun()) {
            verb = -1;
            for (Dependency d : s.parents(p)) {
                if (d.governor() >= 0 && s.tokens().get(d.governor()).isVerb()) {
                    verb = d.governor();
                    break;
                }
            }
            if (verb < 0) {
                return false;
            }
        }
        return pastVerb(s, verb, 0);
    }

    private static boolean pastVerb(Sentence s, int verb, int depth) {
        Token v = s.tokens().get(verb);
        if (v.tag().equals("VBD")) {
            return true;
        }
        boolean hasAux = false;
        for (Dependency d : s.children(verb)) {
            if (d.base().equals("aux")) {
                hasAux = true;
                Token a = s.tokens().get(d.dependent());
                if (a.tag().equals("VBD") && !a.lemma().equals("have")) {
                    return true;
                }
            }
        }
        if (depth < 3 && (v.tag().equals("VBG") || (v.tag().equals("VB") && !hasAux))) {
            for (Dependency d : s.parents(verb)) {
                if (d.governor() >= 0 && Set.of("advcl", "xcomp", "conj").contains(d.base())) {
                    return pastVerb(s, d.governor(), depth + 1);
                }
            }
        }
        return false;
    }
}
