// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Finds the syntactic head of a token span, and the subject a pronoun's clause is reported by. */
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

    /**
     * For a pronoun subject of a reported or controlled clause ("Japan said it was ready", "Iran said it
     * would retaliate"), the actor that is the subject of the verb governing the clause, or null.
     */
    static ActorEntity reportingSubject(Sentence s, int pronoun, List<ActorMention> mentions) {
        for (Dependency d : s.parents(pronoun)) {
            if (!d.base().equals("nsubj") || d.governor() < 0) {
                continue;
            }
            for (Dependency up : s.parents(d.governor())) {
                if (up.governor() < 0 || !(up.base().equals("ccomp") || up.base().equals("xcomp"))) {
                    continue;
                }
                for (Dependency subject : s.children(up.governor())) {
                    ActorEntity e = subject.base().equals("nsubj") ? actorAt(mentions, subject.dependent(), x -> true) : null;
                    if (e != null) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The actor a singular pronoun is bound to inside its sentence: for a subject pronoun of a reported
     * clause, the reporter ("Biden said he had handed Putin a list"); for a possessive, the subject of the
     * verb whose argument it qualifies ("The Russian president repeated his denial"). Null if none.
     */
    static ActorEntity bindingSubject(Sentence s, int pronoun, List<ActorMention> mentions) {
        ActorEntity reporter = reportingSubject(s, pronoun, mentions);
        if (reporter != null) {
            return reporter;
        }
        for (Dependency poss : s.parents(pronoun)) {
            if (!poss.relation().equals("nmod:poss") || poss.governor() < 0) {
                continue;
            }
            for (Dependency arg : s.parents(poss.governor())) {
                if (arg.governor() < 0 || !(arg.base().equals("obj") || arg.base().equals("obl"))) {
                    continue;
                }
                for (Dependency subject : s.children(arg.governor())) {
                    boolean before = subject.base().equals("nsubj") && subject.dependent() < pronoun;
                    ActorEntity e = before ? actorAt(mentions, subject.dependent(), x -> true) : null;
                    if (e != null) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /** "Belgrade denied ..., and it again accused Tirana": the subject of the verb the pronoun's verb is conjoined to. */
    static ActorEntity conjoinedSubject(Sentence s, int pronoun, List<ActorMention> mentions) {
        for (Dependency subj : s.parents(pronoun)) {
            if (!subj.base().equals("nsubj") || subj.governor() < 0) {
                continue;
            }
            for (Dependency c : s.parents(subj.governor())) {
                if (!c.base().equals("conj") || c.governor() < 0 || c.governor() > pronoun) {
                    continue;
                }
                for (Dependency d : s.children(c.governor())) {
                    ActorEntity e = d.base().equals("nsubj") && d.dependent() != pronoun
                            ? actorAt(mentions, d.dependent(), x -> !x.isPerson()) : null;
                    if (e != null) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * For "its" inside a clause below the main one, the main clause's subject when it is not a person ("Iran
     * said ... two days after a US drone strike in Baghdad killed its top general"), or null.
     */
    static ActorEntity mainSubject(Sentence s, int pronoun, List<ActorMention> mentions) {
        int node = pronoun;
        boolean below = false;
        for (int hops = 0; hops < 12; hops++) {
            Dependency up = null;
            for (Dependency d : s.parents(node)) {
                if (!d.relation().startsWith("conj") && !d.relation().contains("xsubj")) {
                    up = d;
                    break;
                }
            }
            if (up == null) {
                return null;
            }
            if (up.governor() < 0) {
                break;
            }
            below |= Set.of("ccomp", "advcl", "dep", "acl", "parataxis").contains(up.base());
            node = up.governor();
        }
        if (!below) {
            return null;
        }
        for (Dependency d : s.children(node)) {
            ActorEntity e = d.base().equals("nsubj") ? actorAt(mentions, d.dependent(), x -> !x.isPerson()) : null;
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The first actor covering a token that passes the test, or null. */
    private static ActorEntity actorAt(List<ActorMention> mentions, int token, Predicate<ActorEntity> test) {
        for (ActorMention m : mentions) {
            if (m.covers(token) && test.test(m.entity())) {
                return m.entity();
            }
        }
        return null;
    }
}
