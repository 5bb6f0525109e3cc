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
    private static final Set<String> MODALS = Set.of("may", "might", "could", "should", "can", "must", "ca", "ought");
    /** Governors of an infinitive that still report the act as happening ("sought to persuade"). */
    private static final Set<String> REALISING = Set.of("try", "seek", "attempt", "continue", "begin", "start",
            "manage", "help", "move", "go", "resume", "proceed", "keep", "use", "come", "appear", "dare",
            "see", "watch", "observe", "spot", "hear", "film", "photograph",
            // "voted to demand", "prompting Kyiv to accuse", "forced him to resign": the act followed
            "vote", "prompt", "force", "compel", "spur", "lead", "cause");
    /** Protests whose "to demand" or "to denounce" clause is made by protesting ("marched to demand his resignation"). */
    private static final Set<String> PROTESTING = Set.of("march", "rally", "demonstrate", "protest", "gather", "assemble",
            "converge");
    /** What a protest voices besides appeals ("rallied to denounce the French army"). */
    private static final Set<String> VOICED = Set.of("denounce", "condemn", "decry");
    /** Verbs of asking whose "to" clause, when parsed as an adverbial, is what is asked for. */
    private static final Set<String> APPEALING = Set.of("call", "urge", "ask", "press", "appeal", "encourage",
            "invite", "request", "demand", "persuade", "implore", "beg", "exhort");
    private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "doubt", "refute", "rule",
            "question", "wonder", "consider", "discuss", "ask", "whether", "fear", "hope", "expect", "want", "wish");
    private static final Set<String> IRREALIS_MODIFIERS = Set.of("planned", "proposed", "possible", "potential",
            "future", "upcoming", "prospective", "hypothetical", "expected", "likely", "would-be", "next", "any",
            "no");
    /** Auxiliaries that announce: "will send aid" is an intention, coded as such (03x, 13x). */
    private static final Set<String> FUTURE = Set.of("will", "would", "'ll", "'d", "shall", "wo");
    /** Governors whose infinitive is an announced intention ("pledged to rebuild", "threatened to strike"). */
    private static final Set<String> INTENDING = Set.of("pledge", "promise", "vow", "offer", "agree", "plan",
            "intend", "threaten", "decide", "undertake", "commit", "prepare", "aim", "resolve", "set", "due", "propose",
            "ready", "willing", "prepared", "eager", "determined", "keen"); // "said it was ready to help"
    /** Verbs whose "would" complement is a decision taken, not an intention: coded as the act. */
    private static final Set<String> DECIDING = Set.of("announce", "decide", "order", "declare", "confirm", "rule");
    /**
     * Governors whose "from"/"of" complement did not happen: "refrained from attacking", "stopped short of condemning",
     * "banned Russian airlines from flying to Georgia".
     */
    private static final Set<String> WITHHOLDING = Set.of("refrain", "abstain", "desist", "stop", "hold", "shy", "balk",
            "baulk", "back", "keep", "ban", "bar", "prevent", "prohibit", "forbid", "block", "deter", "dissuade",
            "short"); // "stopped short of sanctioning", parsed on "short"
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether", "until", "lest");
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "advcl", "acl", "csubj", "parataxis", "dep");

    private Modality() {
    }

    /** How a predicate is stated. */
    public enum Status {
        /** Stated as a fact. */
        FACT,
        /** Announced for the future: "will send", "would impose", "pledged to rebuild". */
        FUTURE,
        /** Negated, possible, conditional, asked about, wished, denied: not an event. */
        NOT_FACT
    }

    /** True when the predicate at token p is not stated as a fact. */
    public static boolean unrealised(Sentence s, int p) {
        return status(s, p) != Status.FACT;
    }

    /** How the predicate at token p is stated. */
    public static Status status(Sentence s, int p) {
        if (inQuestion(s, p)) {
            return Status.NOT_FACT;
        }
        int node = p;
        for (Dependency d : s.parents(p)) { // "ruled out sending troops", parsed as amod(troops, sending)
            if (d.base().equals("amod") && d.governor() >= 0 && s.tokens().get(p).isVerb() && s.tokens().get(d.governor()).isNoun()) {
                p = d.governor();
            }
        }
        if (s.tokens().get(p).isNoun()) {
            if (hasChild(s, p, IRREALIS_MODIFIERS, "amod", "det", "advmod")) {
                return Status.NOT_FACT;
            }
            Dependency up = firstParent(s, p);
            // "there was no sign of Soviet troop movements": the event of a negated noun
            if (up != null && up.base().matches("nmod|obl") && "of".equals(up.marker()) && negatedNoun(s, up.governor())) {
                return Status.NOT_FACT;
            }
            boolean argument = up != null && up.governor() >= 0 && s.tokens().get(up.governor()).isVerb()
                    && (up.base().equals("obj") || up.relation().startsWith("nsubj:pass") || up.base().equals("xcomp"));
            if (!argument) {
                return Status.FACT; // an adjunct ("in their first meeting") is not under the clause's modality
            }
            if (DENYING.contains(s.tokens().get(up.governor()).lemma()) && !NounParticipants.answers(s, up.governor(), p)) {
                return Status.NOT_FACT; // "hoped the deal would pave the way", "rejected the ceasefire"; not "rejected Kyiv's request"
            }
            node = up.governor();
        }
        if (s.tokens().get(p).isVerb() && noneAsObject(s, p, true)) {
            return Status.NOT_FACT; // "reached no agreement", "no sanctions were imposed"
        }
        Status status = Status.FACT;
        for (int hops = 0; node >= 0 && hops < 8; hops++) {
            Status own = own(s, node);
            int conjunct = bareConjunctOf(s, node);
            if (own == Status.FACT && conjunct >= 0) {
                own = own(s, conjunct); // "would halt trade and bar its ships": bar shares "would"
            }
            if (own == Status.NOT_FACT) {
                return own;
            }
            status = own == Status.FUTURE ? Status.FUTURE : status;
            Dependency up = clauseParent(s, node);
            if (up == null) {
                return status;
            }
            String gov = s.tokens().get(up.governor()).lemma();
            // "gave no sign that it would retaliate", "has no plans to send troops": a clause of a negated noun
            if (s.tokens().get(up.governor()).isNoun() && hasChild(s, up.governor(), NEGATORS, "det", "advmod")) {
                return Status.NOT_FACT;
            }
            // "had no plans to impose restrictions", parsed with the clause on "had": the plans are none
            boolean infinitive = hasChild(s, up.dependent(), Set.of("to"), "mark");
            if (infinitive && noneAsObject(s, up.governor(), false)) {
                return Status.NOT_FACT;
            }
            switch (up.base()) {
                case "xcomp":
                    String purpose = s.tokens().get(node).lemma();
                    boolean demanded = PROTESTING.contains(gov) && (APPEALING.contains(purpose) || VOICED.contains(purpose));
                    if (INTENDING.contains(gov)) {
                        status = Status.FUTURE;
                    } else if (!REALISING.contains(gov) && !demanded) {
                        return Status.NOT_FACT;
                    }
                    node = up.governor(); // "did not try to persuade": the governor's modality counts
                    break;
                case "ccomp":
                    if (DENYING.contains(gov) || subjunctive(s, node)) { // "demanded that Russia withdraw"
                        return Status.NOT_FACT;
                    }
                    // "announced that Britain would expel 23 diplomats": an announced decision is the act
                    return DECIDING.contains(gov) && own(s, up.governor()) == Status.FACT ? Status.FACT : status;
                case "advcl", "dep":
                    // only the complement itself: "barred them from entering ..., accusing them of rigging" still accuses
                    int complement = up.dependent();
                    boolean fromOf = Set.of("from", "of").contains(up.marker()) || s.children(complement).stream().anyMatch(x ->
                            Set.of("case", "mark").contains(x.base()) && Set.of("from", "of").contains(s.tokens().get(x.dependent()).lemma()));
                    boolean withheld = hops == 0 && WITHHOLDING.contains(gov) && fromOf;
                    // "was not considering recalling", "ruled out sending", "stopped short of condemning"
                    if (CONDITIONAL.contains(up.marker()) || withheld || (DENYING.contains(gov) && up.marker().isEmpty()
                            && up.dependent() > up.governor() && up.dependent() <= up.governor() + 2)) {
                        return Status.NOT_FACT;
                    }
                    if (up.base().equals("dep")) {
                        return status;
                    }
                    if (!up.marker().equals("to") && !up.marker().equals("by")) {
                        return status; // but "would not retaliate by expelling Angolans": the means shares it too
                    }
                    if (APPEALING.contains(gov)) {
                        return Status.NOT_FACT; // "called on both sides to agree to a ceasefire": asked for, not done
                    }
                    node = up.governor(); // "would not use force to retake the peninsula": the purpose shares it
                    break;
                default:
                    return status; // relative and other clauses state their own facts
            }
        }
        return status;
    }

    /** A base-form verb with its own subject and no auxiliary: "demanded that Russia withdraw its troops". */
    private static boolean subjunctive(Sentence s, int node) {
        if (!s.tokens().get(node).tag().equals("VB")) {
            return false;
        }
        boolean subject = false;
        for (Dependency d : s.children(node)) {
            if (d.base().equals("aux") || d.base().equals("aux:pass") || d.base().equals("mark") && d.dependent() > node) {
                return false;
            }
            subject |= d.base().equals("nsubj");
        }
        return subject;
    }

    /** The verb a bare conjunct (no subject or auxiliary of its own) is conjoined to, or -1. */
    private static int bareConjunctOf(Sentence s, int node) {
        for (Dependency d : s.children(node)) {
            if (d.base().equals("aux") || d.base().equals("nsubj") || d.base().equals("cop")) {
                return -1;
            }
        }
        for (Dependency d : s.parents(node)) {
            if (d.base().equals("conj") && d.governor() >= 0 && s.tokens().get(d.governor()).isVerb()) {
                return d.governor();
            }
        }
        return -1;
    }

    private static Status own(Sentence s, int node) {
        Status status = Status.FACT;
        for (Dependency d : s.children(node)) {
            Token t = s.tokens().get(d.dependent());
            String w = t.word().toLowerCase();
            if ((d.base().equals("advmod") || d.base().equals("neg") || d.base().equals("det") || d.base().equals("cc"))
                    && NEGATORS.contains(w)) {
                return Status.NOT_FACT;
            }
            if (d.base().equals("advmod") && Set.of("longer", "more").contains(w) && hasChild(s, d.dependent(), Set.of("no"), "advmod")) {
                return Status.NOT_FACT; // "Poland was no longer sending weapons to Ukraine"
            }
            if (d.base().equals("aux") && FUTURE.contains(w)) {
                status = Status.FUTURE;
            } else if (d.base().equals("aux") && (t.tag().equals("MD") || MODALS.contains(w))) {
                return Status.NOT_FACT;
            }
            if (d.base().equals("mark") && Set.of("if", "unless", "whether").contains(w)) {
                return Status.NOT_FACT;
            }
        }
        return status;
    }

    private static Dependency clauseParent(Sentence s, int node) {
        for (Dependency d : s.parents(node)) {
            if (d.governor() >= 0 && CLAUSE_LINKS.contains(d.base())) {
                return d;
            }
        }
        return null;
    }

    /** Whether the verb's object, or passive subject when asked, is a noun with "no": "reached no agreement". */
    private static boolean noneAsObject(Sentence s, int verb, boolean passiveToo) {
        return s.children(verb).stream().anyMatch(d -> (d.base().equals("obj")
                || passiveToo && d.relation().startsWith("nsubj:pass")) && negatedNoun(s, d.dependent()));
    }

    /** A verdict said to be untrue: "said it was not a mistake", "said the accord did not violate its rights". */
    static boolean deniedVerdict(Sentence s, int head) {
        return hasChild(s, head, NEGATORS, "advmod", "det");
    }

    /** "no sign", or "yet" in "no sign yet of": a noun with "no", or an adverb of one. */
    private static boolean negatedNoun(Sentence s, int node) {
        if (node >= 0 && !s.tokens().get(node).isNoun()) {
            Dependency adverb = firstParent(s, node);
            node = adverb != null && adverb.base().equals("advmod") ? adverb.governor() : -1;
        }
        return node >= 0 && s.tokens().get(node).isNoun() && hasChild(s, node, NEGATORS, "det", "advmod");
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
