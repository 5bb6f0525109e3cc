// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs the parse of a free relative that names what a verb acts on: "struck what Pretoria called ANC bases",
 * "bombed what Ankara described as militant camps", "hit what the army said were Hamas positions". CoreNLP
 * reads the naming clause as a complement of the verb, so the verb loses its object and the clause takes the
 * verb's place, time and conjoined verbs. The repair makes the named noun the verb's object, hangs the naming
 * clause under that noun as a relative clause, and gives the verb back its adjuncts and conjuncts.
 */
public final class FreeRelatives {
    /** Verbs that name a thing: "what X called Y", "what X described as Y", "what X termed Y". */
    private static final Set<String> NAMING = Set.of("call", "describe", "term", "dub", "label", "brand",
            "characterize", "characterise", "identify");
    /** Verbs of saying in "what X said were Y". */
    private static final Set<String> SAYING = Set.of("say", "claim", "describe", "call", "believe", "allege",
            "report", "consider");
    private static final Set<String> MOVED = Set.of("obl", "conj", "cc", "advcl", "punct");

    private FreeRelatives() {
    }

    /** The dependencies with each such free relative repaired; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency d : deps) {
            if (!d.base().equals("ccomp") || d.governor() < 0 || !tokens.get(d.governor()).tag().startsWith("VB")) {
                continue;
            }
            int verb = d.governor();
            int clause = d.dependent();
            int what = whatObject(tokens, out, clause);
            if (what == verb + 1 && NAMING.contains(tokens.get(clause).lemma())) {
                int named = named(out, clause, what);
                if (named >= 0) {
                    out = rehang(tokens, out, verb, clause, named, clause);
                }
            } else if (tokens.get(clause).tag().startsWith("NN")) {
                int saying = lastChild(out, clause, "csubj");
                if (saying >= 0 && whatObject(tokens, out, saying) == verb + 1 && SAYING.contains(tokens.get(saying).lemma())) {
                    out = rehang(tokens, out, verb, clause, clause, saying);
                }
            }
        }
        return out;
    }

    /** Moves the named noun under the verb as its object and the naming clause under the noun. */
    private static List<Dependency> rehang(List<Token> tokens, List<Dependency> deps, int verb, int clause, int named,
            int naming) {
        int subject = lastChild(deps, verb, "nsubj");
        int namer = lastChild(deps, naming, "nsubj");
        List<Integer> conjuncts = new ArrayList<>();
        List<Dependency> out = new ArrayList<>();
        for (Dependency x : deps) {
            boolean fromClause = x.governor() == clause && x.dependent() != named && MOVED.contains(x.base())
                    && !(x.base().equals("obl") && x.marker().equals("as"));
            if (x.governor() == verb && x.dependent() == clause) {
                out.add(new Dependency("obj", verb, named));
                if (named != clause) {
                    out.add(new Dependency("acl:relcl", named, naming));
                }
            } else if (fromClause) {
                out.add(new Dependency(x.relation(), verb, x.dependent()));
                if (x.base().equals("conj")) {
                    conjuncts.add(x.dependent());
                }
            } else if (named == clause && x.governor() == clause && (x.base().equals("csubj") || x.base().equals("cop"))) {
                if (x.base().equals("csubj")) {
                    out.add(new Dependency("acl:relcl", named, naming)); // "positions the army said were ..."
                }
            } else if (x.governor() == naming && x.dependent() == named) {
                continue; // obj(called, bases) or obl:as(described, camps): now the relative's head
            } else {
                out.add(x);
            }
        }
        if (subject >= 0 && namer >= 0) { // "..., killing three people": the striker kills, not the namer
            List<Dependency> fixed = new ArrayList<>();
            for (Dependency x : out) {
                boolean borrowed = conjuncts.contains(x.governor()) && x.base().equals("nsubj") && x.dependent() == namer;
                fixed.add(borrowed ? new Dependency(x.relation(), x.governor(), subject) : x);
            }
            out = fixed;
        }
        return List.copyOf(out);
    }

    /** The token "what" that is the object of the clause, or -1. */
    private static int whatObject(List<Token> tokens, List<Dependency> deps, int clause) {
        for (Dependency x : deps) {
            if (x.governor() == clause && x.base().equals("obj")
                    && tokens.get(x.dependent()).word().toLowerCase(Locale.ROOT).equals("what")) {
                return x.dependent();
            }
        }
        return -1;
    }

    /** The noun the clause names: its second object or its "as" phrase. */
    private static int named(List<Dependency> deps, int clause, int what) {
        for (Dependency x : deps) {
            boolean object = x.base().equals("obj") && x.dependent() != what;
            if (x.governor() == clause && (object || x.relation().equals("obl:as"))) {
                return x.dependent();
            }
        }
        return -1;
    }

    /** The last dependent of the governor with that base relation, or -1. */
    private static int lastChild(List<Dependency> deps, int governor, String base) {
        int out = -1;
        for (Dependency x : deps) {
            if (x.governor() == governor && x.base().equals(base)) {
                out = x.dependent();
            }
        }
        return out;
    }
}
