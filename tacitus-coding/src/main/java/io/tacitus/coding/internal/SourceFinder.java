// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who acts: the subject, or the "by" agent of a passive; a clause without a subject of its own
 * borrows its governor's (control, conjunction, adverbial clauses), the object of "accuse X of" or
 * "blame X for", the passive subject of "were seen chatting", or the antecedent of an unresolved
 * relative pronoun. One instance per sentence.
 */
final class SourceFinder {
    private static final Set<String> SUBJECT_CLIMB = Set.of("advcl", "conj", "xcomp");
    private final Arguments args;
    private final Sentence s;

    SourceFinder(Arguments args) {
        this.args = args;
        this.s = args.sentence();
    }

    boolean isPassive(int p) {
        for (Dependency d : s.children(p)) {
            if (d.relation().startsWith("nsubj:pass") || d.relation().equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }

    /** Subjects (active) or "by" agents (passive); clauses without one borrow their governor's. */
    List<ActorMention> verbSources(int p, int depth) {
        List<ActorMention> out = isPassive(p)
                ? args.children(p, d -> d.relation().equals("obl:agent") || d.relation().equals("obl:by"))
                : args.children(p, d -> d.base().equals("nsubj") && !d.relation().startsWith("nsubj:pass"));
        if (out.isEmpty()) {
            out = relativeAntecedent(p);
        }
        if (out.isEmpty() && !isPassive(p)) {
            for (Dependency d : s.children(p)) {
                if (d.relation().equals("nsubj") && s.tokens().get(d.dependent()).isNoun()) {
                    out = args.children(d.dependent(), x -> x.relation().equals("amod")
                            || x.relation().equals("compound") || x.relation().equals("nmod:poss"));
                    break; // "Israeli air strikes killed ...": the strikes' owner acts
                }
            }
        }
        if (!out.isEmpty() || depth >= 3 || hasOwnSubject(p) || passiveParticiple(p)) {
            return out;
        }
        List<ActorMention> antecedent = afterRelativeClause(p);
        if (!antecedent.isEmpty()) {
            return antecedent;
        }
        for (Dependency d : s.parents(p)) {
            if (d.governor() < 0) {
                continue;
            }
            if (d.relation().equals("advcl:of") || d.relation().equals("advcl:for")) {
                List<ActorMention> controller = objectController(d.governor());
                if (!controller.isEmpty()) {
                    return controller; // "blamed the helicopters for dropping", "Israel was accused of striking"
                }
            }
            if (d.base().equals("xcomp") && isPassive(d.governor())) {
                // "the two leaders were seen chatting": the one seen is the one chatting
                return args.children(d.governor(), x -> x.relation().startsWith("nsubj:pass"));
            }
            boolean nounInBetween = !s.tokens().get(p).isVerb(); // a verb misattached under a noun
            // "displayed the wreckage ..., accusing Tehran": the parser often leaves such participles as "dep"
            boolean participle = d.base().equals("dep") && s.tokens().get(p).tag().equals("VBG")
                    && s.tokens().get(d.governor()).isVerb();
            if (SUBJECT_CLIMB.contains(d.base()) || (d.base().equals("ccomp") && !hasAnySubject(p)) || nounInBetween
                    || participle) {
                return verbSources(d.governor(), depth + 1);
            }
        }
        return out;
    }

    /**
     * "Assad, whose troops have moved into several towns, called Erdogan a thief": the parser may hang the
     * main verb under the relative clause; its subject is the relative clause's antecedent.
     */
    private List<ActorMention> afterRelativeClause(int p) {
        for (Dependency d : s.parents(p)) {
            if (!d.base().equals("dep") || d.governor() < 0 || !relativeClause(d.governor())) {
                continue;
            }
            for (Dependency r : s.parents(d.governor())) {
                if (r.governor() >= 0 && !args.at(r.governor()).isEmpty()) {
                    return args.at(r.governor());
                }
            }
        }
        return List.of();
    }

    private boolean relativeClause(int v) {
        for (Dependency d : s.children(v)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase();
            if ((d.base().equals("nsubj") || d.base().equals("obj")) && Set.of("who", "whom", "which").contains(w)) {
                return true;
            }
            if (d.base().equals("nsubj")) {
                for (Dependency x : s.children(d.dependent())) {
                    if (x.relation().equals("nmod:poss") && s.tokens().get(x.dependent()).word().equalsIgnoreCase("whose")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "France and Germany, which urged Iran ...": a relative pronoun subject the parser left unresolved
     * stands for the actor (and its conjuncts) just before it.
     */
    List<ActorMention> relativeAntecedent(int p) {
        for (Dependency d : s.children(p)) {
            int w = d.dependent();
            String tag = s.tokens().get(w).tag();
            if (!d.base().equals("nsubj") || !(tag.equals("WDT") || tag.equals("WP"))) {
                continue;
            }
            int before = w - 1;
            while (before >= 0 && s.tokens().get(before).tag().equals(",")) {
                before--;
            }
            if (before < 0 || args.at(before).isEmpty()) {
                return List.of();
            }
            List<ActorMention> out = new ArrayList<>(args.at(before));
            for (Dependency c : s.parents(before)) {
                if (c.base().equals("conj") && c.governor() >= 0) {
                    out.addAll(0, args.at(c.governor()));
                }
            }
            return out;
        }
        return List.of();
    }

    /** "Asked whether ..., Biden said": the main clause's subject is the one asked, not the asker. */
    boolean passiveParticiple(int p) {
        if (!s.tokens().get(p).tag().equals("VBN")) {
            return false;
        }
        for (Dependency d : s.children(p)) {
            if (d.base().equals("aux")) {
                return false;
            }
        }
        return s.parents(p).stream().anyMatch(d -> d.base().equals("advcl") || d.base().equals("acl"));
    }

    /** The object of "accuse X of", "blame X for", "praise X for" (or the passive subject): who did it. */
    List<ActorMention> objectController(int governor) {
        List<ActorMention> out = args.children(governor, d -> d.base().equals("obj") || d.relation().startsWith("nsubj:pass"));
        if (out.isEmpty()) {
            for (Dependency d : s.children(governor)) {
                if (d.base().equals("obj") && s.tokens().get(d.dependent()).isNoun()) {
                    out = args.children(d.dependent(), x -> x.relation().equals("amod") || x.relation().equals("compound")
                            || x.relation().equals("nmod:poss"));
                }
            }
        }
        return out;
    }

    /** A nominal subject of the clause itself (not one inherited by control, not an adverb taken for one). */
    boolean hasOwnSubject(int p) {
        for (Dependency d : s.children(p)) {
            boolean nominal = s.tokens().get(d.dependent()).isNoun() || s.tokens().get(d.dependent()).isPronoun();
            if ((d.base().equals("nsubj") && !d.relation().contains("xsubj") && nominal) || d.base().equals("expl")) {
                return true;
            }
        }
        return false;
    }

    boolean hasAnySubject(int p) {
        for (Dependency d : s.children(p)) {
            if (d.base().equals("nsubj") || d.base().equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /** The tokens that are nominal subjects of p (base relation nsubj, including passive and controlled ones). */
    static List<Integer> subjects(Sentence s, int p) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(p)) {
            if (d.base().equals("nsubj")) {
                out.add(d.dependent());
            }
        }
        return out;
    }
}
