// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a predicate is stated as a fact: not negated ("did not sign"), not modal ("would",
 * "may"), not conditional ("if"), not a question, not the complement of an intention, appeal, threat or
 * denial ("agreed to release", "urged Ankara to halt", "threatened to impose", "denied that it attacked").
 * Walks up the clause chain, so "would not agree to sign" blocks "sign". Stateless.
 */
public final class Modality {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nor", "neither", "without");
    private static final Set<String> MODALS = Set.of("would", "may", "might", "could", "should", "can", "must",
            "will", "shall", "'d", "'ll", "wo", "ca", "ought");
    /** Governors of an infinitive that still report the act as happening ("sought to persuade"). */
    private static final Set<String> REALISING = Set.of("try", "seek", "attempt", "continue", "begin", "start",
            "manage", "help", "move", "go", "resume", "proceed", "keep", "use", "come", "appear", "dare");
    private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "doubt", "refute", "rule",
            "question", "wonder", "consider", "discuss", "ask", "whether", "fear", "hope", "expect", "want", "wish");
    private static final Set<String> IRREALIS_MODIFIERS = Set.of("planned", "proposed", "possible", "potential",
            "future", "upcoming", "prospective", "hypothetical", "expected", "likely", "would-be", "next", "any",
            "no");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether", "until", "lest");
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "advcl", "acl", "csubj", "parataxis");

    private Modality() {
    }

    /** True when the predicate at token p is negated, hypothetical, asked about or not (yet) realised. */
    public static boolean unrealised(Sentence s, int p) {
        if (inQuestion(s, p)) {
            return true;
        }
        int node = p;
        if (s.tokens().get(p).isNoun()) {
            if (hasChild(s, p, IRREALIS_MODIFIERS, "amod", "det", "advmod")) {
                return true;
            }
            Dependency up = firstParent(s, p);
            boolean argument = up != null && up.governor() >= 0 && s.tokens().get(up.governor()).isVerb()
                    && (up.base().equals("obj") || up.relation().startsWith("nsubj:pass") || up.base().equals("xcomp"));
            if (!argument) {
                return false; // an adjunct ("in their first meeting") is not under the clause's modality
            }
            node = up.governor();
        }
        for (int hops = 0; node >= 0 && hops < 8; hops++) {
            if (blocked(s, node)) {
                return true;
            }
            Dependency up = clauseParent(s, node);
            if (up == null) {
                return false;
            }
            String gov = s.tokens().get(up.governor()).lemma();
            switch (up.base()) {
                case "xcomp":
                    if (!REALISING.contains(gov)) {
                        return true;
                    }
                    node = up.governor(); // "did not try to persuade": the governor's modality counts
                    break;
                case "ccomp":
                    return DENYING.contains(gov);
                case "advcl":
                    return CONDITIONAL.contains(up.marker());
                default:
                    return false; // relative and other clauses state their own facts
            }
        }
        return false;
    }

    private static boolean blocked(Sentence s, int node) {
        for (Dependency d : s.children(node)) {
            Token t = s.tokens().get(d.dependent());
            String w = t.word().toLowerCase();
            if ((d.base().equals("advmod") || d.base().equals("neg") || d.base().equals("det") || d.base().equals("cc"))
                    && NEGATORS.contains(w)) {
                return true;
            }
            if (d.base().equals("aux") && (t.tag().equals("MD") || MODALS.contains(w))) {
                return true;
            }
            if (d.base().equals("mark") && Set.of("if", "unless", "whether").contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Dependency clauseParent(Sentence s, int node) {
        for (Dependency d : s.parents(node)) {
            if (d.governor() >= 0 && CLAUSE_LINKS.contains(d.base())) {
                return d;
            }
        }
        return null;
    }

    static Dependency firstParent(Sentence s, int node) {
        List<Dependency> parents = s.parents(node);
        for (Dependency d : parents) {
            if (!d.base().equals("conj") && !d.relation().contains("xsubj")) {
                return d;
            }
        }
        return parents.isEmpty() ? null : parents.get(0);
    }

    private static boolean hasChild(Sentence s, int node, Set<String> words, String... relations) {
        Set<String> rels = Set.of(relations);
        for (Dependency d : s.children(node)) {
            if (rels.contains(d.base()) && words.contains(s.tokens().get(d.dependent()).word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inQuestion(Sentence s, int p) {
        List<Token> tokens = s.tokens();
        for (int q = p + 1; q < tokens.size(); q++) {
            String w = tokens.get(q).word();
            if (w.equals("?")) {
                return true;
            }
            if (w.equals(".") || w.equals("!") || w.equals("”") || w.equals("\"") || w.equals("''")) {
                return false;
            }
        }
        return false;
    }
}
