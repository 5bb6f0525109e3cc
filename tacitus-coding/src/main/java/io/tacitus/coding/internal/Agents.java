// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who acts when the doer is not a plain subject: the "by" agent of a passive or of a participle ("talks
 * mediated by Lavrov"), the owner of a weapon ("Israeli air strikes", "rockets fired by militants", "hit by a
 * missile fired by separatists"), the country before a hyphen ("a Russian-brokered agreement"). One
 * instance per sentence.
 */
final class Agents {
    private static final Set<String> SUPPORTING = Set.of("back", "support", "accompany", "escort",
            "assist", "reinforce", "cover", "equip", "arm");
    private final Arguments args;
    private final Sentence s;

    Agents(Arguments args) {
        this.args = args;
        this.s = args.sentence();
    }

    /** The "by" agents of a passive; an agent that is a weapon stands for its owner ("hit by a missile fired by rebels"). */
    List<ActorMention> of(int p) {
        List<ActorMention> out = args.children(p, d -> d.relation().equals("obl:agent") || d.relation().equals("obl:by"));
        if (out.isEmpty()) {
            for (Dependency d : s.children(p)) {
                if ((d.relation().equals("obl:agent") || d.relation().equals("obl:by")) && s.tokens().get(d.dependent()).isNoun()) {
                    out = ownerOf(d.dependent());
                }
            }
        }
        return out;
    }

    /** The verb whose object the token is, or -1. */
    static int verbOf(Sentence s, int token) {
        for (Dependency d : s.parents(token)) {
            if (d.base().equals("obj") && d.governor() >= 0) {
                return d.governor();
            }
        }
        return -1;
    }

    /** "soldiers backed by artillery and tanks": support given by things, which is no actor's act. */
    boolean materialSupport(int p) {
        // "artillery" is also a role word: support from a force of no country is still material
        if (!SUPPORTING.contains(s.tokens().get(p).lemma()) || of(p).stream().anyMatch(m -> m.entity().code().country() != null && !m.via().contains("+context:"))) {
            return false;
        }
        return s.children(p).stream().anyMatch(d -> (d.relation().equals("obl:agent") || d.relation().equals("obl:by"))
                && s.tokens().get(d.dependent()).isNoun());
    }

    /**
     * The subjects and those named as acting with them: "Britain imposed sanctions, together with the European Union,
     * the United States and Canada, on four Chinese officials" (not the officials, whose own "on" the parser joined).
     */
    List<ActorMention> withCompanions(int verb, List<ActorMention> subjects) {
        if (subjects.isEmpty()) {
            return subjects;
        }
        List<ActorMention> out = new ArrayList<>(subjects);
        for (Dependency d : s.children(verb)) {
            if (!d.base().equals("obl") || !COMPANIONS.contains(d.marker())) {
                continue;
            }
            boolean ownCase = s.children(d.dependent()).stream().anyMatch(x -> x.base().equals("case")
                    && !COMPANION_WORDS.contains(s.tokens().get(x.dependent()).lemma().toLowerCase()));
            for (ActorMention m : ownCase ? List.<ActorMention>of() : args.at(d.dependent())) {
                if (!out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static final Set<String> COMPANIONS = Set.of("together_with", "along_with", "alongside");
    private static final Set<String> COMPANION_WORDS = Set.of("together", "along", "with", "alongside");

    /** Who decided the act of a "to" clause on a noun of deciding ("Pretoria's decision to throw out"), or empty. */
    List<ActorMention> decider(int verb) {
        for (Dependency d : s.parents(verb)) {
            if (d.relation().equals("acl:to") && d.governor() >= 0
                    && DECIDED.contains(s.tokens().get(d.governor()).lemma().toLowerCase())) {
                return ownerOf(d.governor());
            }
        }
        return List.of();
    }

    /** Nouns of deciding whose "to" clause is the decided act: "Russia's decision to expel the envoys". */
    private static final Set<String> DECIDED = Set.of("decision", "move", "order", "vote", "choice", "determination");

    /**
     * Who owns a weapon or an act of force named by a noun: its possessive or adjective ("Israeli air
     * strikes"), else the agent or origin of a participle on it ("rockets fired by militants", "rockets
     * fired from Ethiopia's Tigray region").
     */
    List<ActorMention> ownerOf(int noun) {
        List<ActorMention> out = args.children(noun, x -> x.relation().equals("amod") || x.relation().equals("compound")
                || x.relation().equals("nmod:poss"));
        for (Dependency d : s.children(noun)) {
            if (out.isEmpty() && d.base().equals("acl")) {
                out = ofParticiple(d.dependent());
            }
        }
        if (out.isEmpty() && PARTITIVES.contains(s.tokens().get(noun).lemma().toLowerCase())) {
            out = args.children(noun, x -> x.relation().equals("nmod:of")); // "the first of 1,300 Australian troops"
        }
        return out;
    }

    /** Words for a part of a group, whose "of" names the group: "the first of", "hundreds of", "some of". */
    static final Set<String> PARTITIVES = Set.of("first", "last", "some", "many", "most", "all", "hundreds",
            "thousands", "dozens", "scores", "part", "rest", "bulk", "half", "number", "group", "unit", "contingent",
            "detachment", "batch", "wave", "column", "team");

    /** "Rockets fired by militants killed", parsed with "fired" as the main verb: its subject has no actor. */
    boolean firedWeapon(int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.base().equals("nsubj") && s.tokens().get(d.dependent()).isNoun() && args.at(d.dependent()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The agent or origin of a past participle: "fired by militants", "fired from Ethiopia's Tigray region". */
    List<ActorMention> ofParticiple(int participle) {
        String tag = s.tokens().get(participle).tag();
        if (!tag.equals("VBN") && !tag.equals("VBD")) {
            return List.of();
        }
        for (Dependency a : s.children(participle)) {
            if (Set.of("obl:by", "obl:agent", "obl:from").contains(a.relation())) {
                return args.at(a.dependent()).isEmpty() ? args.below(a.dependent(), 2) : args.at(a.dependent());
            }
        }
        return List.of();
    }

    /**
     * Whether a participle modifies a noun as a passive would ("talks mediated by Lavrov"), so that its subject is a
     * "by" agent; a relative clause with a subject of its own between the noun and the verb is active ("a charge
     * Islamabad rejected as baseless": Islamabad rejected it).
     */
    static boolean passiveModifier(Sentence s, int p) {
        int modified = modifiedNoun(s, p);
        boolean active = s.children(p).stream().anyMatch(d -> d.relation().equals("nsubj") && d.dependent() > modified
                && d.dependent() < p) && s.children(p).stream().noneMatch(d -> d.relation().equals("obl:by"));
        return modified >= 0 && !active;
    }

    /**
     * The noun a past participle modifies ("talks mediated by Lavrov", "a Russian-brokered agreement"), or
     * -1; a measure stands for what it measures ("three weeks of negotiations brokered by the United States").
     */
    static int modifiedNoun(Sentence s, int p) {
        // a participle with an object of its own is no passive modifier: "a bomber struck China's embassy", misparsed
        // a VBD under "acl" is a participle the tagger missed ("The Treaty ..., signed at ... by ...")
        boolean participle = s.tokens().get(p).tag().equals("VBN") || (s.tokens().get(p).tag().equals("VBD")
                && s.parents(p).stream().anyMatch(d -> d.relation().equals("acl")));
        if (!participle || s.children(p).stream().anyMatch(d -> d.base().equals("aux") || d.base().equals("obj"))) {
            return -1;
        }
        for (Dependency d : s.parents(p)) {
            if (d.governor() >= 0 && (d.relation().equals("acl") || d.relation().equals("amod"))
                    && s.tokens().get(d.governor()).isNoun()) {
                int noun = d.governor();
                if (NounParticipants.MEASURES.contains(s.tokens().get(noun).lemma().toLowerCase())) {
                    for (Dependency of : s.children(noun)) {
                        if (of.relation().equals("nmod:of")) {
                            return of.dependent();
                        }
                    }
                }
                return noun;
            }
        }
        return -1;
    }

    /** "a Russian-brokered agreement": the country before the hyphen, which the parser leaves as "dep". */
    List<ActorMention> hyphenated(int p) {
        return args.children(p, d -> d.base().equals("dep") && d.dependent() + 2 == p
                && s.tokens().get(d.dependent() + 1).word().equals("-"));
    }

    /**
     * "stormed a ship run by a Turkish aid group", parsed as dep(stormed, run) with the ship as the subject of
     * "run": the object is the ship and its owner the "by" agent. Empty unless that shape is there.
     */
    List<ActorMention> reducedRelativeOwner(int verb) {
        for (Dependency d : s.children(verb)) {
            int v = d.dependent();
            boolean participle = s.tokens().get(v).tag().equals("VBN") || s.tokens().get(v).tag().equals("VBD");
            if (!d.base().equals("dep") || !participle || s.children(v).stream().anyMatch(x -> x.base().equals("aux"))) {
                continue;
            }
            boolean objectNoun = s.children(v).stream().anyMatch(x -> x.base().equals("nsubj") && x.dependent() > verb
                    && s.tokens().get(x.dependent()).isNoun() && args.at(x.dependent()).isEmpty());
            if (objectNoun) {
                return args.children(v, x -> x.relation().equals("obl:by") || x.relation().equals("obl:agent"));
            }
        }
        return List.of();
    }

    /**
     * The clause of a charge, praise or blame: "accused X of striking", "blamed X for dropping"; the parser
     * may read the gerund as a noun ("accused by Syria of carrying out an air strike": obl:of).
     */
    static boolean chargeClause(Sentence s, Dependency d) {
        boolean clause = d.relation().equals("advcl:of") || d.relation().equals("advcl:for");
        boolean gerund = (d.relation().equals("obl:of") || d.relation().equals("obl:for"))
                && s.tokens().get(d.dependent()).tag().equals("VBG");
        return clause || gerund;
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
