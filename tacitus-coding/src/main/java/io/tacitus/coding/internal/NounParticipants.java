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
 * The participants of an event noun: possessives and adjectives as sources ("Russia's annexation", "US
 * sanctions"), its own slots as targets, else the clause it sits in ("in a phone call, Putin congratulated
 * him"; "Israeli air strikes killed 230 people in Gaza": the strikes fall on the killed). Stateless apart
 * from the sentence it reads.
 */
final class NounParticipants {
    static final Set<String> MEASURES = Set.of("minute", "hour", "day", "week", "month", "year", "round", "session");
    private final Arguments args;
    private final Sentence s;
    private final EntryMatcher matcher;
    private final SourceFinder finder;

    NounParticipants(Arguments args, EntryMatcher matcher, SourceFinder finder) {
        this.args = args;
        this.s = args.sentence();
        this.matcher = matcher;
        this.finder = finder;
    }

    /** The parties an event noun names itself: "the truce between Israel and Hamas", "Russia's offensive". */
    List<ActorMention> ownParties(int n, LexiconEntry entry) {
        List<ActorMention> all = new ArrayList<>(sources(n));
        all.addAll(nounTargets(n, entry));
        return all;
    }

    /** Roots of nouns said or sent by someone, whose "from" names who: apologies, appeals, offers, aid, demands, warnings. */
    private static final Set<String> SENT = Set.of("01", "02", "03", "05", "07", "10", "11", "12", "13");

    List<ActorMention> sources(int n) {
        List<ActorMention> out = args.children(n, d -> d.relation().equals("nmod:poss") || d.relation().equals("amod")
                || d.relation().equals("compound") || d.relation().equals("nmod:by") || d.relation().equals("nmod:agent"));
        if (out.isEmpty()) {
            for (Dependency d : s.children(n)) {
                if (d.relation().equals("nmod:of")) {
                    // "the expulsion of 60 diplomats by the United States": the parser often hangs "by" lower
                    out = args.children(d.dependent(), x -> x.relation().equals("nmod:by") || x.relation().equals("nmod:agent"));
                }
            }
        }
        return out;
    }

    private List<ActorMention> nounTargets(int n, LexiconEntry entry) {
        for (String slot : entry.targets()) {
            List<ActorMention> targets = args.slot(n, slot.equals("obj") ? "of" : slot);
            if (!targets.isEmpty()) {
                return targets;
            }
        }
        return List.of();
    }

    Participants.Roles roles(int n, LexiconEntry entry) {
        List<ActorMention> sources = sources(n);
        boolean sendable = SENT.contains(entry.type().code().root()) && !entry.targets().contains("from");
        boolean sent = false;
        if (sources.isEmpty() && sendable) {
            sources = args.children(n, d -> d.relation().equals("nmod:from")); // "an apology from Israel"
            sent = !sources.isEmpty();
        }
        List<ActorMention> targets = nounTargets(n, entry);
        Dependency up = measured(Modality.firstParent(s, n));
        if (up != null && up.governor() >= 0 && s.tokens().get(up.governor()).isVerb()) {
            int v = up.governor();
            boolean argument = up.base().equals("obj") || up.relation().startsWith("nsubj:pass") || up.base().equals("xcomp");
            boolean setting = up.base().equals("obl") && Set.of("in", "at", "on", "with").contains(up.marker());
            // "agreed after 16 hours of talks": the talks were between those who agreed
            // "speaking in Sochi before talks with King Abdullah": so were the talks before it
            setting |= SEQUENCED.contains(up.relation())
                    && entry.symmetric() && entry.type().code().root().equals("04");
            boolean denied = Modality.status(s, v) == Modality.Status.NOT_FACT; // "had not taken part in the fighting"
            boolean fromVerb = sources.isEmpty() && argument && sendable;
            sources = fromVerb ? args.slot(v, "from") : sources; // "accepted offers of help from Spain, Britain and Qatar"
            sent |= fromVerb && !sources.isEmpty();
            if (sources.isEmpty() && (argument || setting) && !denied && !(argument && speaksOf(v))) {
                sources = finder.verbSources(v, 0); // "launched an offensive", "in a phone call, Putin ..."; not "during the war"
            }
            boolean answered = SENT.contains(entry.type().code().root()) && argument && !sources.isEmpty()
                    && ANSWERS.contains(s.tokens().get(v).lemma().toLowerCase());
            // "Turkey accepted a written apology from Israel": by Turkey; "failed to approve Washington's request": Turkey's
            if (targets.isEmpty() && (sent || answered) && argument) {
                targets = Participants.others(finder.verbSources(v, 0), sources);
            }
            if (targets.isEmpty()) {
                for (String slot : entry.targets()) {
                    targets = slot.equals("obj") ? List.of() : args.slot(v, slot);
                    if (!targets.isEmpty()) {
                        break;
                    }
                }
            }
            // "destroyed Iraq's reactor in a surprise raid"; not "voiced satisfaction with the army's intervention"
            if (targets.isEmpty() && up.base().equals("obl") && Set.of("in", "during", "by").contains(up.marker())) {
                targets = args.children(v, d -> d.base().equals("obj"));
                boolean force = Participants.ATTACKS.contains(entry.type().code().root());
                for (Dependency d : targets.isEmpty() && force ? s.children(v) : List.<Dependency>of()) {
                    if (d.base().equals("obj")) { // "destroyed Iraq's reactor in a surprise raid": Iraq
                        targets = args.below(d.dependent(), 2);
                    }
                }
            }
            // "at talks in Ise-Shima, Abe lodged a protest with Obama": the talks were with the one addressed
            if (targets.isEmpty() && setting && entry.symmetric() && !sources.isEmpty()) {
                targets = args.children(v, d -> d.relation().equals("obl:with"));
                for (Dependency d : targets.isEmpty() ? s.children(v) : List.<Dependency>of()) {
                    if (d.base().equals("obj")) {
                        targets = args.children(d.dependent(), x -> x.relation().equals("nmod:with"));
                    }
                }
                targets = targets.isEmpty() ? args.children(v, d -> d.base().equals("obj")) : targets;
                // "apologised to Putin in a telephone call": the call was with the one spoken to
                targets = targets.isEmpty() ? args.children(v, d -> d.relation().equals("obl:to")) : targets;
            }
            if (up.relation().equals("nsubj") && harms(v)) { // "Israeli air strikes killed 230 people in Gaza"
                List<ActorMention> victims = Participants.others(harmed(v), sources);
                List<ActorMention> doers = sources;
                boolean foreign = victims.stream().anyMatch(x -> doers.stream().noneMatch(y -> x.entity().code().country() != null
                        && x.entity().code().country().equals(y.entity().code().country())));
                targets = targets.isEmpty() || foreign ? victims : targets; // "a US drone strike in Baghdad killed its top general"
            }
        }
        if (sources.isEmpty() && targets.size() >= 2 && entry.targets().contains("between")) {
            return new Participants.Roles(targets, List.of(), true);
        }
        return new Participants.Roles(sources, targets, false);
    }

    /** Whether a dependency links a noun to the measure of time above it ("16 hours [of] talks"). */
    static boolean measures(Sentence s, Dependency d) {
        return d.relation().equals("nmod:of") && d.governor() >= 0
                && MEASURES.contains(s.tokens().get(d.governor()).lemma().toLowerCase());
    }

    /** "16 hours of talks", "three weeks of negotiations": the clause the measure sits in. */
    private Dependency measured(Dependency up) {
        if (up != null && measures(s, up)) {
            Dependency above = Modality.firstParent(s, up.governor());
            return above == null ? up : above;
        }
        return up;
    }

    /**
     * Whether a verb speaks of or reacts to the event its object names, rather than doing it: "described the attack
     * as a massacre", "condemned the raid", "discussed the offensive". Its subject is no source of that event.
     */
    private boolean speaksOf(int v) {
        String lemma = s.tokens().get(v).lemma().toLowerCase();
        if (NAMING.contains(lemma)) {
            return true;
        }
        if (DECIDING.contains(lemma)) {
            return false; // "ordered the expulsion of Malaysia's envoy": the order is the expulsion
        }
        LexiconEntry e = matcher.match(s, v);
        return e != null && REACTING.contains(e.type().code().root());
    }

    /**
     * Whether a verb answers its object, an appeal, offer or demand that names its sender: "rebuffed calls from
     * Britain", "rejected Washington's request". The answer and the appeal are two events.
     */
    static boolean answers(Sentence s, int verb, int noun) {
        return ANSWERS.contains(s.tokens().get(verb).lemma().toLowerCase())
                && ADDRESSED.contains(s.tokens().get(noun).lemma().toLowerCase()) && s.children(noun).stream()
                .anyMatch(d -> d.relation().equals("nmod:from") || d.relation().equals("nmod:poss"));
    }

    /** Words for what one side addresses to another and the other answers. */
    private static final Set<String> ADDRESSED = Set.of("request", "appeal", "plea", "call", "offer", "proposal", "demand",
            "invitation", "ultimatum", "apology", "accusation", "allegation", "charge", "claim", "warning", "threat",
            "criticism", "condemnation", "protest", "complaint");

    /** Verbs that answer an appeal, offer or demand addressed to their subject ("rejected Kyiv's request"). */
    private static final Set<String> ANSWERS = Set.of("accept", "approve", "grant", "reject", "refuse", "rebuff", "decline",
            "spurn", "ignore", "heed", "answer", "deny", "dismiss", "consider", "study", "welcome");

    /** "after 16 hours of talks", "before talks with King Abdullah": talks told beside the clause's act. */
    private static final Set<String> SEQUENCED = Set.of("obl:after", "obl:before", "obl:ahead_of");
    private static final Set<String> NAMING = Set.of("describe", "call", "term", "label", "brand", "dub", "characterize",
            "characterise", "consider", "regard", "view", "report", "mention", "cite", "recall", "remember", "investigate",
            "confirm", "deny", "discuss", "witness", "document", "commemorate");
    private static final Set<String> DECIDING = Set.of("order", "announce", "approve", "authorize", "authorise", "decide");
    /** Appeals, demands, praise, inquiries, criticism, rejection, protest; not threats ("threatened a strike"). */
    private static final Set<String> REACTING = Set.of("02", "05", "09", "10", "11", "12", "14");

    /** Whether a verb is itself an act of force ("killed", "hit", "destroyed"). */
    private boolean harms(int v) {
        LexiconEntry e = matcher.match(s, v);
        return e != null && Participants.FORCE.contains(e.type().code().root());
    }

    /** Who a verb of force falls on: its object, an actor below it, or a country named in its setting. */
    private List<ActorMention> harmed(int v) {
        List<ActorMention> hit = args.children(v, d -> d.base().equals("obj"));
        if (hit.isEmpty()) {
            for (Dependency d : s.children(v)) {
                if (d.base().equals("obj")) {
                    hit = args.below(d.dependent(), 2);
                }
            }
        }
        return hit.isEmpty() ? args.children(v, d -> d.relation().equals("obl:in")) : hit;
    }
}
