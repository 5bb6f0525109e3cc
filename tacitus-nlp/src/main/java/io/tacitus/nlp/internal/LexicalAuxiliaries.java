// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs a full verb that the parser took for an auxiliary of the infinitive after it: in "denied any role and
 * threatened to bring down buildings" CoreNLP may read "threatened" as {@code aux(bring, threatened)}, so the
 * threat disappears from the graph. A verb in the past or present tense, not an auxiliary or modal, followed by
 * "to" and the verb it serves, becomes that clause's head again: it takes over the relation that attached the
 * infinitive, its subject and its coordinator, and governs the infinitive as {@code xcomp}, the infinitive
 * keeping the subject as {@code nsubj:xsubj}, as the parser writes it when it gets the sentence right.
 */
public final class LexicalAuxiliaries {
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "ought", "need", "dare", "get", "go", "use");

    private LexicalAuxiliaries() {
    }

    /** The dependencies with each such auxiliary made a verb again; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency d : deps) {
            if (d.relation().equals("aux") && lexical(tokens, d.dependent(), d.governor())) {
                out = rehead(out, d.governor(), d.dependent());
            }
        }
        return out;
    }

    private static boolean lexical(List<Token> tokens, int aux, int verb) {
        Token t = tokens.get(aux);
        return t.tag().matches("VB[DZP]") && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT))
                && aux + 2 == verb && tokens.get(aux + 1).word().equalsIgnoreCase("to");
    }

    private static List<Dependency> rehead(List<Dependency> deps, int verb, int aux) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : deps) {
            if (d.governor() == verb && d.dependent() == aux) {
                out.add(new Dependency("xcomp", aux, verb));
            } else if (d.dependent() == verb) {
                out.add(new Dependency(d.relation(), d.governor(), aux)); // conj, root, ccomp: now the finite verb's
            } else if (d.governor() == verb && d.base().equals("nsubj")) {
                out.add(new Dependency(d.relation(), aux, d.dependent()));
                out.add(new Dependency("nsubj:xsubj", verb, d.dependent()));
            } else if (d.governor() == verb && (d.base().equals("cc") || d.base().equals("punct") && d.dependent() < aux)) {
                out.add(new Dependency(d.relation(), aux, d.dependent()));
            } else {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }
}
