// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judgements of something that happened: "Poroshenko called the incident an act of aggression", "Hunt said the
 * seizure was unacceptable", "Kouchner said it was unacceptable". Lexicon rows flagged {@code judge} name the
 * verb and, as objects, the words of the verdict; the target is who did the thing judged: an actor named in
 * it ("called Russia's move a provocation"), else whoever did the last event of that kind ("the seizure"),
 * else, for "it", "the move", "the decision" and the like, whoever did the last event told. Reactions ("the
 * incident drew condemnation from France") are judgements too, with the judge in the "from" slot.
 */
public final class Judgements {
    /** Words that stand for an event already told. */
    public static final Set<String> REFERENCES = Set.of("it", "this", "that", "move", "decision", "measure", "step",
            "action", "incident", "remark", "announcement", "verdict", "ruling", "recognition");
    private static final Set<String> STATEMENTS = Set.of("remark", "statement", "comment", "speech", "claim");
    private static final Set<String> VERDICT_PARTS = Set.of("amod", "nmod:of", "compound", "nmod:in", "advmod", "xcomp");

    private final Arguments args;
    private final Sentence s;
    private final EntryMatcher matcher;
    private final Discourse discourse;

    Judgements(Arguments args, EntryMatcher matcher, Discourse discourse) {
        this.args = args;
        this.s = args.sentence();
        this.matcher = matcher;
        this.discourse = discourse;
    }

    /**
     * The head of the verdict below a verb, or -1: its predicative complement ("called [the strike] a
     * dangerous development", "said [it] was unacceptable"), or a complement the parser hung on the object
     * ("called the decision a stab in the back"), when it or its modifiers hold one of the words.
     */
    static int verdict(Sentence s, int verb, LexiconEntry entry) {
        Set<String> words = entry.objects();
        // praise is in the head word ("called it credible"); blame also in its modifiers ("a historic mistake"
        // is blame, "a very dangerous development" too)
        boolean modifiers = !entry.type().code().root().equals("05");
        for (Dependency d : s.children(verb)) {
            boolean complement = d.base().equals("xcomp") || d.base().equals("ccomp") || d.relation().equals("obl:as")
                    || d.relation().equals("advcl:as"); // "describing the measures as irresponsible"
            // "said it was not a mistake" is no blame; "vowed the attack would not go unpunished" is a threat
            boolean denied = modifiers && !entry.type().code().root().equals("13") && Modality.deniedVerdict(s, d.dependent());
            if (complement && says(s, d.dependent(), words, modifiers) && !denied) {
                return d.dependent();
            }
            if (d.base().equals("obj")) {
                boolean twoObjects = s.children(verb).stream().anyMatch(x -> x.base().equals("iobj"));
                if (twoObjects && says(s, d.dependent(), words, modifiers)) {
                    return d.dependent(); // "calling it a dangerous attempt", parsed as iobj and obj
                }
                for (Dependency x : s.children(d.dependent())) {
                    if (Set.of("dep", "xcomp", "appos", "acl").contains(x.base()) && says(s, x.dependent(), words, modifiers)) {
                        return x.dependent();
                    }
                }
            }
        }
        return afterObject(s, verb, words);
    }

    /**
     * A verdict adjective the parser hung after a noun of the object ("called the remarks by Dutch Foreign Minister
     * Bernard Bot odious", read as {@code amod(Bot, odious)}): English puts adjectives before their noun, so one
     * after it is the predicate of "called"; -1 if there is none.
     */
    private static int afterObject(Sentence s, int verb, Set<String> words) {
        int object = -1;
        for (Dependency d : s.children(verb)) {
            object = d.base().equals("obj") && object < 0 ? d.dependent() : object;
        }
        for (Dependency d : object < 0 ? List.<Dependency>of() : s.dependencies()) {
            boolean postNominal = d.base().equals("amod") && d.governor() > object && d.governor() < d.dependent();
            if (postNominal && words.contains(s.tokens().get(d.dependent()).lemma().toLowerCase())) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static boolean says(Sentence s, int head, Set<String> words, boolean modifiers) {
        String lemma = s.tokens().get(head).lemma().toLowerCase();
        if (words.contains(lemma)) {
            return true;
        }
        if (words.contains("responsible") && Set.of("bear", "carry", "share").contains(lemma)) {
            for (Dependency d : s.children(head)) { // "said Moscow bore responsibility for the escalation"
                if (d.base().equals("obj") && Set.of("responsibility", "blame").contains(s.tokens().get(d.dependent()).lemma().toLowerCase())) {
                    return true;
                }
            }
        }
        if (!modifiers) {
            return false;
        }
        for (Dependency d : s.children(head)) {
            if (VERDICT_PARTS.contains(d.relation()) && words.contains(s.tokens().get(d.dependent()).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** Who did the thing judged, other than the judge. */
    List<ActorMention> targets(int verb, LexiconEntry entry, List<ActorMention> sources) {
        int verdict = verdict(s, verb, entry);
        int judged = judged(verb, verdict);
        if (verdict >= 0 && judged >= 0 && s.tokens().get(verdict).isVerb() && !deed(judged)) {
            return List.of(); // "said the aircraft had violated Cuban airspace": what the craft did is told, not judged
        }
        if (judged >= 0 && s.tokens().get(judged).tag().startsWith("PRP")) {
            for (Dependency d : s.parents(verb)) { // "demanded that Beijing revoke the zone, calling it": what Beijing did
                boolean governed = Set.of("dep", "advcl").contains(d.base()) && d.governor() >= 0 && d.governor() < verb;
                List<ActorMention> doers = governed ? Participants.others(args.children(d.governor(),
                        x -> x.base().equals("nsubj") && !x.relation().startsWith("nsubj:pass")), sources) : List.of();
                if (!doers.isEmpty() && doers.stream().noneMatch(m -> sameCountry(m, sources))) {
                    return doers;
                }
            }
        }
        for (Dependency by : judged >= 0 ? s.children(verb) : List.<Dependency>of()) {
            if (by.relation().equals("obl:by") && by.dependent() > judged && !args.at(by.dependent()).isEmpty()) {
                return Participants.others(args.at(by.dependent()), sources); // "called the remarks by Bot odious"
            }
        }
        return doersOf(judged, sources);
    }

    /** Whether the mention is of a country some source belongs to. */
    static boolean sameCountry(ActorMention m, List<ActorMention> sources) {
        String c = m.entity().code().country();
        return c != null && sources.stream().anyMatch(x -> c.equals(x.entity().code().country()));
    }

    /**
     * Reactions to a thing done: "The incident drew condemnation from France and Germany" (rows flagged
     * {@code react}): the critics are in the "from" slot, the target is who did the subject.
     */
    Participants.Roles reaction(int verb) {
        List<ActorMention> critics = args.slot(verb, "from");
        for (Dependency d : s.children(verb)) {
            if (critics.isEmpty() && d.base().equals("obj")) {
                critics = fromBelow(d.dependent(), 3); // "condemnation from Japan"; "a response from Taipei and criticism from Washington"
            }
        }
        for (Dependency d : s.children(verb)) {
            if (d.base().equals("nsubj") && !critics.isEmpty()) {
                return new Participants.Roles(critics, doersOf(d.dependent(), critics), false);
            }
        }
        for (Dependency d : s.parents(verb)) { // "North Korea fired a missile, prompting condemnation from Japan"
            if (d.governor() >= 0 && Set.of("advcl", "dep", "conj", "xcomp").contains(d.base())) {
                int done = d.governor();
                // "warned that the speaker would pay a heavy price, drawing rebukes": the warning drew them, not the paying
                Dependency up = clauseUp(done);
                for (int climbs = 0; climbs < 4 && up != null; climbs++) {
                    done = up.governor();
                    up = clauseUp(done);
                }
                List<ActorMention> doers = args.children(done, x -> x.base().equals("nsubj"));
                return new Participants.Roles(critics, Participants.others(doers, critics), false);
            }
        }
        return new Participants.Roles(critics, List.of(), false);
    }

    /** The clause a said or relative clause belongs to ("a law that authorises ...": the verb of "a law"), or null. */
    private Dependency clauseUp(int verb) {
        for (Dependency d : s.parents(verb)) {
            if (d.governor() >= 0 && d.base().equals("ccomp")) {
                return d;
            }
            for (Dependency n : d.governor() >= 0 && d.base().equals("acl") ? s.parents(d.governor()) : List.<Dependency>of()) {
                if (n.governor() >= 0 && n.governor() != verb && s.tokens().get(n.governor()).isVerb()) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The actors in the "from" phrases of a noun and of the nouns below it. */
    private List<ActorMention> fromBelow(int noun, int depth) {
        List<ActorMention> out = new ArrayList<>(args.slot(noun, "from"));
        for (Dependency d : depth > 1 ? s.children(noun) : List.<Dependency>of()) {
            if (d.base().equals("conj") || d.base().equals("nmod")) {
                for (ActorMention m : fromBelow(d.dependent(), depth - 1)) {
                    if (!out.contains(m)) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    private List<ActorMention> doersOf(int judged, List<ActorMention> sources) {
        if (judged < 0) {
            return List.of();
        }
        String word = s.tokens().get(judged).lemma().toLowerCase();
        if (s.tokens().get(judged).tag().startsWith("PRP") || word.equals("this") || word.equals("that")) {
            return discourse.deeds().lastForeignSources(null, sources); // "it" is the thing done, not an actor named before
        }
        List<ActorMention> named = args.at(judged);
        LexiconEntry noun = matcher.match(s, judged);
        if (named.isEmpty()) {
            named = args.below(judged, 2);
            if (CivilianTargets.victims(noun, named)) {
                named = List.of(); // "condemned a massacre of civilians": the killers, not the killed
            }
        }
        if (!named.isEmpty()) {
            return Participants.others(named, sources);
        }
        if (noun != null && noun.noun()) {
            String root = noun.type().code().root();
            List<ActorMention> doers = discourse.deeds().lastForeignSources(root, sources);
            if (doers.isEmpty() && Participants.COERCION.contains(root)) {
                doers = discourse.deeds().lastForeignForce(sources); // "called the raid a violation": the police who stormed
            }
            return doers.isEmpty() ? discourse.deeds().lastForeignSources(null, sources) : doers; // "reached ... the agreement"
        }
        if (STATEMENTS.contains(word)) { // "the remarks drew criticism": whoever made them
            return discourse.deeds().lastForeignSources("01", sources);
        }
        if (REFERENCES.contains(word) || definite(judged)) { // "the launch drew condemnation"
            return discourse.deeds().lastForeignSources(null, sources);
        }
        return List.of();
    }

    /** An actor, a word standing for an event told ("the decision", "it") or an event noun ("the annexation"). */
    private boolean deed(int judged) {
        LexiconEntry noun = matcher.match(s, judged);
        String word = s.tokens().get(judged).lemma().toLowerCase();
        return !args.at(judged).isEmpty() || REFERENCES.contains(word) || noun != null && noun.noun();
    }

    private boolean definite(int noun) {
        if (!s.tokens().get(noun).isNoun()) {
            return false;
        }
        for (Dependency d : s.children(noun)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase();
            if (d.base().equals("det") && (w.equals("the") || w.equals("this") || w.equals("that"))) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the verdict ("the seizure was unacceptable"), else the verb's object. */
    private int judged(int verb, int verdict) {
        if (verdict >= 0) {
            for (Dependency d : s.children(verdict)) {
                if (d.base().equals("nsubj")) {
                    return d.dependent();
                }
            }
        }
        for (Dependency d : s.children(verb)) {
            if ((d.base().equals("obj") || d.base().equals("iobj")) && d.dependent() != verdict) {
                return d.dependent();
            }
        }
        return -1;
    }
}
