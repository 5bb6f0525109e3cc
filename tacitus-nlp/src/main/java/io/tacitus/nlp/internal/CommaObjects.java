// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.List;

/**
 * Repairs a noun phrase set off by a comma at the end of a clause that CoreNLP reads as the verb's object: in
 * "Indian planes landed in Kathmandu within hours of the quake, the first foreign help to reach Nepal" the parser
 * may build {@code obj(landed, help)}. An object follows its verb without a comma; one that comes after a comma
 * and after another phrase of the verb is a comment on the whole clause, so it is marked {@code dep}.
 */
public final class CommaObjects {
    private CommaObjects() {
    }

    /** The dependencies with each such object made a loose dependent; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency obj : deps) {
            int verb = obj.governor();
            if (!obj.relation().equals("obj") || verb < 0 || obj.dependent() <= verb) {
                continue;
            }
            int start = leftmost(deps, obj.dependent());
            boolean between = false; // "landed in Kathmandu ..., the first help": a phrase of the verb before the comma
            for (Dependency d : deps) {
                boolean inside = d.governor() == verb && d.dependent() > verb && d.dependent() < start;
                between |= inside && !d.relation().equals("punct") && !d.base().equals("obj") && !d.base().equals("iobj")
                        && !d.base().startsWith("compound");
            }
            if (start > 0 && tokens.get(start - 1).word().equals(",") && between) {
                out = DependencyEdit.replaced(out, obj, new Dependency("dep", obj.governor(), obj.dependent()));
            }
        }
        return out;
    }

    /** The first token of the phrase headed by {@code head}. */
    private static int leftmost(List<Dependency> deps, int head) {
        int first = head;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Dependency d : deps) {
                boolean inPhrase = d.governor() >= first && d.governor() <= head;
                if (inPhrase && d.dependent() < first && !d.relation().equals("punct")) {
                    first = d.dependent();
                    grew = true;
                }
            }
        }
        return first;
    }
}
