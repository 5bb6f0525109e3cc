// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs a "from" phrase that names where a verb's object comes from but hangs on the verb: in "Chad accused
 * soldiers from the Central African Republic of attacking a border post" CoreNLP may build
 * {@code obl:from(accused, Republic)}, so the soldiers have no country. Verbs that take no source of their own
 * (accusing, blaming, condemning, praising, killing, arresting, meeting) cannot own such a phrase; when the
 * preposition comes right after the object's head noun, the phrase becomes the noun's ({@code nmod:from}).
 * "Withdrew troops from Syria" or "expelled diplomats from the country" keep theirs: those verbs are not listed.
 * An "including" phrase after the object names some of the object ("released thousands of prisoners, including
 * opposition leader Merera Gudina"), whatever the verb: it becomes the object's ({@code nmod:including}).
 */
public final class ObjectOrigins {
    private static final Set<String> SOURCELESS = Set.of("accuse", "blame", "condemn", "criticise", "criticize",
            "denounce", "praise", "thank", "kill", "arrest", "detain", "attack", "meet", "welcome", "execute",
            "sentence", "charge", "indict", "honour", "honor", "congratulate");

    private ObjectOrigins() {
    }

    /** The dependencies with each such phrase moved to the object; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency from : deps) {
            if (from.relation().equals("obl:including") && from.governor() >= 0) { // "released prisoners, including X"
                int object = -1;
                for (Dependency d : deps) {
                    boolean before = d.governor() == from.governor() && d.dependent() < from.dependent();
                    object = d.relation().equals("obj") && before ? d.dependent() : object;
                }
                Dependency some = object >= 0 ? new Dependency("nmod:including", object, from.dependent()) : null;
                boolean noun = some != null && tokens.get(object).tag().startsWith("NN");
                out = noun ? DependencyEdit.replaced(out, from, some) : out;
                continue;
            }
            if (!from.relation().equals("obl:from") || from.governor() < 0
                    || !SOURCELESS.contains(tokens.get(from.governor()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int object = -1;
            int preposition = -1;
            for (Dependency d : deps) {
                object = d.relation().equals("obj") && d.governor() == from.governor() ? d.dependent() : object;
                preposition = d.relation().equals("case") && d.governor() == from.dependent() ? d.dependent() : preposition;
            }
            if (object >= 0 && preposition == object + 1 && tokens.get(object).tag().startsWith("NN")) {
                out = DependencyEdit.replaced(out, from, new Dependency("nmod:from", object, from.dependent()));
            }
        }
        return out;
    }
}
