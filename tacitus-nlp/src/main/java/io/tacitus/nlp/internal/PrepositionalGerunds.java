// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs a gerund after a preposition read as an adjective of its object: in "responded by expelling Bolivia's
 * ambassador" CoreNLP may build {@code obl:by(responded, ambassador)} with {@code amod(ambassador, expelling)},
 * so the expulsion has no subject and no object. When the word right after the preposition is a gerund (VBG)
 * that modifies the preposition's noun, and a determiner, possessive, number or nationality stands between them or the
 * noun is a name (no adjective precedes one: "in growing numbers"), the gerund becomes the clause
 * ({@code advcl:by(responded, expelling)}), the noun its object and the preposition its marker, as the parser writes
 * "by expelling him".
 */
public final class PrepositionalGerunds {
    private PrepositionalGerunds() {
    }

    /** The dependencies with each such gerund made a clause; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency amod : deps) {
            int g = amod.dependent();
            int noun = amod.governor();
            if (!amod.relation().equals("amod") || noun <= g || g == 0 || !tokens.get(g).tag().equals("VBG")
                    || !tokens.get(g - 1).tag().equals("IN")) {
                continue;
            }
            Dependency up = null;
            boolean marked = false;
            boolean determined = false; // "expelling Bolivia's ambassador", "expelling the envoy"; not "in growing numbers"
            for (Dependency d : out) {
                up = d.dependent() == noun && d.base().equals("obl") && d.governor() >= 0 ? d : up;
                marked |= d.governor() == noun && d.dependent() == g - 1 && d.relation().equals("case");
                boolean between = d.governor() == noun && d.dependent() > g;
                determined |= between && (d.base().equals("det") || d.relation().equals("nmod:poss") || d.base().equals("nummod")
                        || d.base().equals("amod") && nationality(tokens.get(d.dependent())));
            }
            determined |= tokens.get(noun).tag().startsWith("NNP"); // "accused Russia of shelling Kharkiv"
            if (up != null && marked && determined) {
                out = rehang(out, up, amod, g);
            }
        }
        return out;
    }

    /** "expelling British diplomats": a capitalised adjective before the noun is no adjective use of the gerund. */
    private static boolean nationality(Token t) {
        return t.tag().equals("JJ") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }

    private static List<Dependency> rehang(List<Dependency> deps, Dependency up, Dependency amod, int g) {
        List<Dependency> out = new ArrayList<>(deps.size());
        for (Dependency d : deps) {
            if (d.equals(up)) {
                out.add(new Dependency("advcl" + (up.marker().isEmpty() ? "" : ":" + up.marker()), up.governor(), g));
            } else if (d.equals(amod)) {
                out.add(new Dependency("obj", g, amod.governor()));
            } else if (d.governor() == amod.governor() && d.dependent() == g - 1 && d.relation().equals("case")) {
                out.add(new Dependency("mark", g, g - 1));
            } else {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }
}
