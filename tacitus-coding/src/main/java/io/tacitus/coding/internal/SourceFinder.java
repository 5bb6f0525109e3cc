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
    private final Agents agents;

    SourceFinder(Arguments args) {
        this.args = args;
        this.s = args.sentence();
        this.agents = new Agents(args);
    }

    Agents agents() {
        return agents;
    }

    /** A passive verb: "be" as its auxiliary, or a passive subject and no object of its own (not one inherited by conjunction). */
    boolean isPassive(int p) {
        boolean object = s.children(p).stream().anyMatch(d -> d.base().equals("obj"));
        if (s.children(p).stream().anyMatch(d -> (d.relation().startsWith("nsubj:pass") && !object) || d.relation().equals("aux:pass"))) {
            return true;
        }
        // "were handed over on Monday and flown to the Netherlands": a bare participle shares its conjunct's passive
        boolean bare = s.tokens().get(p).tag().equals("VBN") && !object
                && s.children(p).stream().noneMatch(d -> d.base().equals("aux") || d.base().equals("nsubj"));
        return bare && s.parents(p).stream().anyMatch(d -> d.base().equals("conj") && d.governor() >= 0 && d.governor() < p
                && s.children(d.governor()).stream().anyMatch(x -> x.relation().equals("aux:pass")));
    }

    /** Subjects (active) or "by" agents (passive); clauses without one borrow their governor's. */
    List<ActorMention> verbSources(int p, int depth) {
        boolean modifier = Agents.passiveModifier(s, p); // "talks mediated by Lavrov", "a Russian-brokered agreement"
        // a "passive subject" of a verb with an object was inherited by conjunction: "who was put in charge ..., flew
        // to Smolensk and met Tusk"; it is the subject
        List<ActorMention> out = isPassive(p) || modifier ? agents.of(p) : args.children(p, d -> d.base().equals("nsubj"));
        out = agents.withCompanions(p, out); // "Britain, together with the United States, imposed sanctions"
        for (Dependency d : s.parents(p)) { // "summoned Pakistan's envoy to demand an explanation": the summoner demands
            boolean toClause = d.relation().equals("acl:to") || (d.base().equals("dep") && s.children(p).stream()
                    .anyMatch(x -> x.base().equals("mark") && s.tokens().get(x.dependent()).lemma().equals("to")));
            int summoning = d.base().equals("xcomp") ? d.governor() : toClause ? Agents.verbOf(s, nameHead(d.governor())) : -1;
            if (summoning >= 0 && s.tokens().get(summoning).lemma().equals("summon") && depth < 3) {
                return verbSources(summoning, depth + 1);
            }
        }
        for (Dependency d : s.parents(p)) { // "Saudi Arabia, the UAE and Bahrain cut ties ... and closed their borders"
            if (!out.isEmpty() && !isPassive(p) && d.base().equals("conj") && d.governor() >= 0 && s.tokens().get(d.governor()).isVerb()) {
                List<Integer> mine = Agents.subjects(s, p);
                List<Integer> theirs = Agents.subjects(s, d.governor());
                if (theirs.size() > mine.size() && theirs.containsAll(mine)) {
                    out = args.children(d.governor(), x -> x.base().equals("nsubj") && !x.relation().startsWith("nsubj:pass"));
                }
            }
        }
        if (out.isEmpty() && modifier) {
            out = agents.hyphenated(p);
        }
        if (agents.materialSupport(p)) {
            return List.of();
        }
        if (out.isEmpty()) {
            out = relativeAntecedent(p);
        }
        for (Dependency d : s.children(p)) { // "rockets fired from Ethiopia struck", parsed as a clausal subject
            if (out.isEmpty() && d.base().equals("csubj")) {
                out = agents.ofParticiple(d.dependent());
            }
            boolean conjunct = s.parents(p).stream().anyMatch(x -> x.base().equals("conj"));
            if (out.isEmpty() && conjunct && d.base().equals("csubj") && s.tokens().get(d.dependent()).isVerb()) {
                // "Baghdad said the offensive was a response ... and accused Tehran", parsed as csubj(accused, said)
                out = args.children(d.dependent(), x -> x.base().equals("nsubj") && !x.relation().startsWith("nsubj:pass"));
            }
        }
        if (out.isEmpty() && !isPassive(p)) {
            for (Dependency d : s.children(p)) {
                boolean partitive = Agents.PARTITIVES.contains(s.tokens().get(d.dependent()).lemma().toLowerCase());
                if (d.relation().equals("nsubj") && (s.tokens().get(d.dependent()).isNoun() || partitive)) {
                    out = agents.ownerOf(d.dependent());
                    break; // "Israeli air strikes killed ...", "rockets fired by militants killed ...": the owner acts
                }
            }
        }
        out = out.isEmpty() ? agents.decider(p) : out; // "Russia's decision to expel the envoys"
        List<ActorMention> sayer = Sayers.ofConjoinedClause(args, p, !out.isEmpty());
        out = sayer.isEmpty() ? out : sayer;
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
            if (Agents.chargeClause(s, d)) {
                List<ActorMention> controller = objectController(d.governor());
                if (!controller.isEmpty()) {
                    return controller; // "blamed the helicopters for dropping", "Israel was accused of striking"
                }
            }
            // "with Macron saying that Russia was the aggressor"; "Panetta, visiting Tokyo, urged": the subject's own
            // participle (after a comma under an object it is the clause subject's: "expelled two diplomats, accusing")
            boolean ofSubject = s.parents(d.governor()).stream().anyMatch(x -> x.base().equals("nsubj"));
            if (d.base().equals("acl") && s.tokens().get(p).tag().equals("VBG") && !args.at(d.governor()).isEmpty()
                    && (p == 0 || !s.tokens().get(p - 1).word().equals(",") || ofSubject)) {
                return args.at(d.governor());
            }
            boolean misparsed = d.relation().equals("acl") && s.children(p).stream().anyMatch(x -> x.base().equals("obj"))
                    && Set.of("VBD", "VBN").contains(s.tokens().get(p).tag()); // "bombs dropped by a bomber struck the embassy"
            if (misparsed && !hasAnySubject(p)) {
                List<ActorMention> owner = args.at(d.governor()).isEmpty() ? args.below(d.governor(), 1) : args.at(d.governor());
                if (!owner.isEmpty()) {
                    return owner;
                }
            }
            if (d.base().equals("dep") && s.tokens().get(d.governor()).isNoun() && !hasAnySubject(p)
                    && !args.at(d.governor()).isEmpty()) {
                return args.at(d.governor()); // "rockets fired by militants killed 12", parsed as dep(militants, killed)
            }
            if (d.base().equals("dep") && s.tokens().get(d.governor()).isVerb() && !hasAnySubject(p)
                    && agents.firedWeapon(d.governor())) {
                return agents.ofParticiple(d.governor()); // the same, parsed as dep(fired, killed)
            }
            if (d.base().equals("xcomp") && isPassive(d.governor())) {
                // "the two leaders were seen chatting": the one seen is the one chatting
                return args.children(d.governor(), x -> x.relation().startsWith("nsubj:pass"));
            }
            boolean nounInBetween = !s.tokens().get(p).isVerb(); // a verb misattached under a noun
            // "displayed the wreckage ..., accusing Tehran": the parser often leaves such participles as "dep"
            boolean participle = d.base().equals("dep") && s.tokens().get(p).tag().equals("VBG")
                    && s.tokens().get(d.governor()).isVerb();
            // "initialled an agreement at a base near Dayton, ending three weeks of talks": misattached to a noun
            participle |= d.base().equals("acl") && s.tokens().get(p).tag().equals("VBG") && p > 0
                    && s.tokens().get(p - 1).word().equals(",") && args.at(d.governor()).isEmpty();
            if (SUBJECT_CLIMB.contains(d.base()) || (d.base().equals("ccomp") && !hasAnySubject(p)) || nounInBetween
                    || participle) {
                return verbSources(d.governor(), depth + 1);
            }
        }
        return out;
    }

    /** The noun a title or name hangs from: "charge" for "charge d'affaires, Virginija Umbrasiene". */
    private int nameHead(int noun) {
        for (int up = 0; up < 2; up++) {
            int n = noun;
            noun = s.parents(n).stream().filter(x -> Set.of("dep", "appos").contains(x.base()) && x.governor() >= 0
                    && s.tokens().get(x.governor()).isNoun()).map(Dependency::governor).findFirst().orElse(n);
        }
        return noun;
    }

    /**
     * "Assad, whose troops have moved into several towns, called Erdogan a thief": the parser may hang the
     * main verb under the relative clause (as dep, or as an acl though it is finite); its subject is the
     * relative clause's antecedent.
     */
    private List<ActorMention> afterRelativeClause(int p) {
        for (Dependency d : s.parents(p)) {
            // "Greece, whose citizens were on board, suspended a drill" may also come as acl(board, suspended)
            boolean finite = d.relation().equals("acl") && Set.of("VBD", "VBZ", "VBP").contains(s.tokens().get(p).tag());
            if (!(d.base().equals("dep") || finite) || d.governor() < 0 || !relativeClause(d.governor())) {
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
        if (s.parents(v).stream().anyMatch(d -> d.relation().equals("acl:relcl"))) {
            return true; // the enhanced graph put the antecedent in place of "who"
        }
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
            boolean whose = d.base().equals("nsubj") && s.children(d.dependent()).stream().anyMatch(x -> x.relation()
                    .equals("nmod:poss") && s.tokens().get(x.dependent()).word().equalsIgnoreCase("whose"));
            for (Dependency up : whose ? s.parents(p) : List.<Dependency>of()) {
                if (up.governor() >= 0 && (up.base().equals("acl") || up.base().equals("dep")) && !args.at(up.governor()).isEmpty()) {
                    return args.at(up.governor()); // "Kouchner, whose country brokered the ceasefire": France
                }
            }
        }
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

}
