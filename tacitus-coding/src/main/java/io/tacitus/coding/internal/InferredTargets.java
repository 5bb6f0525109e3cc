// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.util.List;
import java.util.Set;

/**
 * Targets the entry's slots did not give, from the rest of the sentence and the story: the owner of a
 * non-actor object, the parties of an event-noun object, the doer of a thing referred to ("regretted the
 * decision"), an actor in a complement clause, the subject of a condition, the object of a conjoined verb.
 * One instance per sentence.
 */
final class InferredTargets {
    /** The partner of a complement's object: "refused to hold talks with Hamas", not "to join sanctions against Moscow". */
    private static final Set<String> PARTNERS = Set.of("with", "to");
    private static final Set<String> EXPLICIT = Set.of("on", "against", "to", "with", "at", "toward", "towards", "into");
    private final Arguments args;
    private final Sentence s;
    private final EntryMatcher matcher;
    private final Discourse discourse;
    private final NounParticipants nouns;

    InferredTargets(Arguments args, EntryMatcher matcher, Discourse discourse, NounParticipants nouns) {
        this.args = args;
        this.s = args.sentence();
        this.matcher = matcher;
        this.discourse = discourse;
        this.nouns = nouns;
    }

    /**
     * Targets the slots did not give, from the context: the actor below a non-actor object ("claims of US
     * meddling"), the parties of an event noun object ("brokered the truce between A and B"), an actor in
     * the complement ("pledged to help rebuild Gaza", "warned that it would impose sanctions on X"), or the
     * object of a conjoined verb ("congratulated him and expressed readiness for dialogue").
     */
    List<ActorMention> targets(int p, int object, LexiconEntry entry, List<ActorMention> sources) {
        boolean copied = object >= 0 && s.children(object).stream()
                .anyMatch(d -> d.base().equals("amod") && COPIES.contains(s.tokens().get(d.dependent()).lemma().toLowerCase()))
                && args.below(object, 3).isEmpty();
        List<ActorMention> same = copied ? discourse.deeds().lastTargetsOf(entry.type().code().root(), sources) : List.of();
        if (!same.isEmpty()) {
            return same; // "and Hungary and Slovakia imposed similar measures": on whom the first measures fell
        }
        if (object < 0 && Set.of("02", "10").contains(entry.type().code().root())) {
            object = forWhat(p); // "called for the withdrawal of Chinese forces": who is to withdraw
        }
        if (object >= 0 && args.at(object).isEmpty()) {
            List<ActorMention> below = entry.targets().contains("obj") ? args.below(object, 3) : List.of();
            for (Dependency d : below.isEmpty() && entry.targets().contains("obj") ? s.children(p) : List.<Dependency>of()) {
                if (below.isEmpty() && d.base().equals("obj") && d.dependent() != object) {
                    below = args.below(d.dependent(), 3); // "burned tyres and American flags"
                }
            }
            LexiconEntry noun = matcher.match(s, object);
            boolean victims = CivilianTargets.victims(noun, below) || judgedDeed(entry, noun);
            if (!below.isEmpty() && !victims) { // "condemned a massacre of civilians": the killers, not the killed
                return below;
            }
            if (noun != null && noun.noun()) {
                // the accusers, not the accused; who appealed or offered, for a rejection ("turned down an appeal from Kyrgyzstan");
                // the doer of a deed judged, not whom it was done to ("condemned the occupation of Kuwait")
                boolean denial = entry.type().code().value().equals("016") || entry.type().code().root().equals("12")
                        || judgedDeed(entry, noun);
                boolean topic = entry.symmetric() && entry.type().code().root().equals("04"); // "discussed sanctions against Iran"
                List<ActorMention> parties = denial ? nouns.sources(object) : topic ? List.of() : nouns.ownParties(object, noun);
                if (victims) {
                    parties = parties.stream().filter(x -> !CivilianTargets.unarmed(x)).toList();
                }
                if (denial && parties.isEmpty() && !noun.targets().contains("from")) {
                    parties = args.slot(object, "from"); // "an appeal from Kyrgyzstan's interim leader"
                }
                if (!parties.isEmpty()) {
                    return parties;
                }
                // "France criticised the attack": the one who attacked, as told before
                String root = noun.type().code().root();
                List<ActorMention> doers = discourse.deeds().foreign(discourse.lastSources(noun.type().code().value()), sources);
                boolean convening = entry.type().code().root().equals("04") && !entry.symmetric(); // brokers, hosts
                if (doers.isEmpty() && !convening) { // "Iranian jets struck back ... Bani-Sadr denounced the invasion"
                    doers = discourse.deeds().lastForeignSources(root, sources);
                }
                if (doers.isEmpty() && Participants.COERCION.contains(root)) {
                    doers = discourse.deeds().lastForeignForce(sources); // "forced their way into the embassy ... condemned the raid"
                }
                if (doers.isEmpty() && noun.symmetric() && convening) {
                    doers = Participants.others(discourse.lastDyad(root), sources); // "whose country brokered the ceasefire"
                }
                if (!doers.isEmpty()) {
                    return doers;
                }
            }
        }
        if (object >= 0 && args.at(object).isEmpty()
                && Judgements.REFERENCES.contains(s.tokens().get(object).lemma().toLowerCase())) {
            return discourse.deeds().lastForeignSources(null, sources); // "regretted the decision": whoever took it
        }
        List<ActorMention> inComplement = complementTargets(p, entry, 0, sources);
        if (inComplement.isEmpty()) {
            inComplement = Participants.others(conditionSubjects(p), sources); // "would impose sanctions if Russia annexed"
        }
        return inComplement.isEmpty() ? conjunctObjects(p, sources) : inComplement;
    }

    /**
     * Praise or criticism of a deed done to someone, named by its noun ("condemned the occupation of Kuwait",
     * "welcomed the release of the hostages"): it is aimed at the doer; whom the deed was done to is no target.
     */
    private static boolean judgedDeed(LexiconEntry entry, LexiconEntry noun) {
        return noun != null && noun.noun() && noun.targets().contains("obj") && Set.of("05", "11").contains(entry.type().code().root());
    }

    /** Words that make an act a copy of the last one: "imposed similar measures", "took the same step". */
    private static final Set<String> COPIES = Set.of("similar", "same", "identical", "matching", "reciprocal");

    /** The noun an appeal asks for ("called for the withdrawal of ..."), or -1. */
    private int forWhat(int p) {
        for (Dependency x : s.children(p)) {
            if (x.relation().equals("obl:for") && s.tokens().get(x.dependent()).isNoun()) {
                return x.dependent();
            }
        }
        return -1;
    }

    private List<ActorMention> conditionSubjects(int p) {
        for (Dependency x : s.children(p)) {
            if (x.relation().equals("advcl:if") || x.relation().equals("advcl:unless")) {
                return args.children(x.dependent(), y -> y.base().equals("nsubj"));
            }
        }
        return List.of();
    }

    private List<ActorMention> complementTargets(int p, LexiconEntry entry, int depth, List<ActorMention> sources) {
        if (depth >= 2) {
            return List.of();
        }
        String root = entry.type().code().root();
        // "accused ... that X", "threatened that X"; "demanded that American troops leave": the addressee
        boolean subjectToo = Set.of("02", "10", "11", "12", "13").contains(root);
        boolean appeal = root.equals("02") || root.equals("10");
        for (Dependency d : s.children(p)) {
            // "called on both sides to show restraint", parsed with the addressee as the subject of "show"
            boolean addressed = appeal && d.relation().equals("advcl:to");
            // "threatened on Wednesday to expel ...", the day misread as the complement's subject: an infinitive still
            boolean infinitive = d.relation().equals("advcl:to") && s.tokens().get(d.dependent()).isVerb();
            if (!d.base().equals("xcomp") && !d.base().equals("ccomp") && !addressed && !infinitive) {
                continue;
            }
            int c = d.dependent();
            boolean toSubject = appeal && d.base().equals("ccomp"); // "demanded that China protect Japanese citizens": China
            List<ActorMention> addressee = toSubject ? Participants.others(args.children(c, x -> x.base().equals("nsubj")), sources)
                    : List.of();
            for (Dependency x : toSubject && addressee.isEmpty() ? s.children(c) : List.<Dependency>of()) {
                if (x.base().equals("nsubj") && s.tokens().get(x.dependent()).isNoun()) { // "that the Philippine vessel leave"
                    addressee = Participants.others(args.below(x.dependent(), 1), sources);
                }
            }
            if (!addressee.isEmpty()) {
                return addressee;
            }
            // "ready to help Nigerian authorities bring ... to justice": a bare clause's subject is whom the verb acts on
            boolean bare = d.base().equals("ccomp") && s.children(c).stream().noneMatch(x -> x.base().equals("mark"));
            List<ActorMention> found = args.children(c, x -> x.base().equals("obj") || x.base().equals("iobj")
                    || (x.base().equals("obl") && EXPLICIT.contains(x.marker()))
                    || ((subjectToo || bare) && d.base().equals("ccomp") && x.base().equals("nsubj"))
                    || (addressed && x.base().equals("nsubj")));
            found = discourse.deeds().foreign(Participants.others(found, sources), sources); // "warned that Washington would"
            for (Dependency x : found.isEmpty() && subjectToo && d.base().equals("ccomp") ? s.children(c) : List.<Dependency>of()) {
                if (x.base().equals("nsubj") && args.at(x.dependent()).isEmpty()) { // "that any Israeli counterattack would"
                    found = args.below(x.dependent(), 1).stream().filter(m -> m.entity().code().country() != null
                            && sources.stream().noneMatch(y -> m.entity().code().country().equals(y.entity().code().country()))).toList();
                }
            }
            for (Dependency x : found.isEmpty() ? s.children(c) : List.<Dependency>of()) {
                if (x.base().equals("obj") && found.isEmpty()) { // "refused to hold talks with Hamas"
                    found = discourse.deeds().foreign(Participants.others(args.children(x.dependent(),
                            y -> y.base().equals("nmod") && PARTNERS.contains(y.marker())), sources), sources);
                }
            }
            if (found.isEmpty()) {
                found = Participants.others(conditionSubjects(c), sources);
            }
            if (found.isEmpty()) {
                found = complementTargets(c, entry, depth + 1, sources);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** A verb of saying: its object is an audience ("told reporters"), not a target for its conjuncts. */
    private boolean saying(int verb) {
        LexiconEntry e = matcher.match(s, verb);
        return e != null && e.flags().contains("say");
    }

    /** Whether p has a subject of its own that its conjunct does not share ("X said ... and Y shot down"). */
    static boolean ownSubjectApart(Sentence s, int p) {
        for (Dependency d : s.parents(p)) {
            if (d.base().equals("conj") && d.governor() >= 0) {
                List<Integer> mine = Agents.subjects(s, p);
                List<Integer> theirs = Agents.subjects(s, d.governor());
                return !mine.isEmpty() && !theirs.containsAll(mine);
            }
        }
        return false;
    }

    /** Direct objects of verbs conjoined with p ("congratulated him and expressed readiness"). */
    private List<ActorMention> conjunctObjects(int p, List<ActorMention> sources) {
        if (ownSubjectApart(s, p)) {
            return List.of();
        }
        for (Dependency d : s.parents(p)) {
            if (d.base().equals("conj") && d.governor() >= 0 && !saying(d.governor())) {
                return objectsOf(d.governor(), sources);
            }
        }
        boolean reported = s.parents(p).stream().anyMatch(d -> d.base().equals("ccomp") || Agents.chargeClause(s, d));
        for (Dependency d : s.children(p)) {
            // "accused Peru of seeking a pretext and asked Brazil": the accuser asked, not Peru
            boolean speaker = reported && Sayers.SPEECH_ACTS.contains(s.tokens().get(d.dependent()).lemma().toLowerCase());
            if (d.base().equals("conj") && s.tokens().get(d.dependent()).isVerb() && !saying(d.dependent()) && !speaker) {
                return objectsOf(d.dependent(), sources); // "fired on and seized three Ukrainian navy vessels"
            }
        }
        return List.of();
    }

    /**
     * A verb's object actors, or the actors below a non-actor object ("three Ukrainian navy vessels"); when those are
     * the sources' own ("recalled its ambassador from Israel and cancelled three joint exercises"), the actors of the
     * verb's other target slots (Israel).
     */
    private List<ActorMention> objectsOf(int v, List<ActorMention> sources) {
        List<ActorMention> out = args.children(v, x -> x.base().equals("obj") || x.base().equals("iobj"));
        for (Dependency d : s.children(v)) {
            if (out.isEmpty() && d.base().equals("obj")) {
                out = args.below(d.dependent(), 2);
            }
        }
        boolean allOwn = !out.isEmpty() && out.stream().allMatch(x -> Judgements.sameCountry(x, sources));
        LexiconEntry e = allOwn ? matcher.match(s, v) : null;
        for (String slot : e != null ? e.targets() : List.<String>of()) {
            List<ActorMention> there = slot.equals("obj") ? List.of()
                    : args.slot(v, slot).stream().filter(x -> !Judgements.sameCountry(x, sources)).toList();
            if (!there.isEmpty()) {
                return there;
            }
        }
        return out;
    }
}
