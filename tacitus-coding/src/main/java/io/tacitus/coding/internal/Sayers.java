// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Who speaks a verb the parser put inside what someone else said: "Belgrade said the raid was a response ...
 * and accused Tirana", "New Delhi said Chinese troops had crossed ... and demanded their withdrawal".
 */
final class Sayers {
    /** Verbs of speech acts that, conjoined to a reported clause, belong to the one who reports it. */
    static final Set<String> SPEECH_ACTS = Set.of("demand", "urge", "accuse", "warn", "condemn", "denounce",
            "call", "vow", "threaten", "insist", "reject", "deny", "appeal", "ask");

    private Sayers() {
    }

    /**
     * "Belgrade said the raid was a response to Albanian attacks and accused Tirana": the parser may conjoin the
     * second verb of the sayer with the said clause, sharing its subject ("the raid"), which names no actor.
     */
    static List<ActorMention> ofConjoinedClause(Arguments args, int p, boolean sourced) {
        Sentence s = args.sentence();
        // "said Indian soldiers had trespassed into Chinese territory and demanded their withdrawal": a speech act
        // conjoined to what was said is the sayer's, even when the parser gives it the said clause's subject
        boolean speech = SPEECH_ACTS.contains(s.tokens().get(p).lemma().toLowerCase());
        if (sourced && !speech) {
            return List.of();
        }
        for (Dependency d : s.parents(p)) {
            boolean shared = d.governor() >= 0 && Agents.subjects(s, d.governor()).equals(Agents.subjects(s, p));
            // "Russia demanded that Lithuania lift the restrictions, warning that": a speech act's participle after a
            // comma, hung on the demanded clause
            boolean participle = speech && (d.base().equals("dep") || d.base().equals("advcl")) && d.governor() >= 0
                    && s.tokens().get(p).tag().equals("VBG") && p > 0 && s.tokens().get(p - 1).word().equals(",")
                    && s.parents(d.governor()).stream().noneMatch(x -> x.base().equals("conj")); // not "but Rutte ruled one out, calling"
            if (!(d.base().equals("conj") && shared) && !participle) {
                continue;
            }
            for (Dependency up : s.parents(d.governor())) {
                if (speech && Agents.chargeClause(s, up)) { // "accused Peru of seeking a pretext ... and asked Brazil"
                    return args.children(up.governor(), x -> x.base().equals("nsubj") && !x.relation().startsWith("nsubj:pass"));
                }
                if (up.base().equals("ccomp") && up.governor() >= 0 && (speech || s.parents(p).stream()
                        .anyMatch(x -> x.base().equals("ccomp") && x.governor() == up.governor()))) {
                    return args.children(up.governor(), x -> x.base().equals("nsubj") && !x.relation().startsWith("nsubj:pass"));
                }
            }
        }
        return List.of();
    }
}
