// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.List;

/**
 * Repairs a recipient read as a modifier of the amount given: in "the United States had offered Ankara billions of
 * dollars" CoreNLP may build {@code compound(dollars, Ankara)}, so nobody receives the money. A proper name right
 * after the verb, followed by a quantity ("billions of", "3 billion") of the verb's object, is the verb's indirect
 * object, as the parser writes "offered Pakistan 3 billion dollars".
 */
public final class QuantityRecipients {
    private QuantityRecipients() {
    }

    /** The dependencies with each such name made the indirect object; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency compound : deps) {
            int name = compound.dependent();
            int noun = compound.governor();
            if (!compound.relation().equals("compound") || noun <= name || !tokens.get(name).tag().startsWith("NNP")) {
                continue;
            }
            int verb = -1;
            boolean quantity = false;
            int start = name;
            for (Dependency d : deps) {
                verb = d.dependent() == noun && d.relation().equals("obj") && tokens.get(d.governor()).tag().startsWith("VB")
                        ? d.governor() : verb;
                quantity |= d.governor() == noun && d.dependent() > name
                        && (d.relation().equals("det:qmod") || d.relation().equals("nummod"));
                start = d.governor() == name && d.relation().equals("compound") ? Math.min(start, d.dependent()) : start;
            }
            if (verb >= 0 && quantity && start == verb + 1) {
                out = DependencyEdit.replaced(out, compound, new Dependency("iobj", verb, compound.dependent()));
            }
        }
        return out;
    }
}
