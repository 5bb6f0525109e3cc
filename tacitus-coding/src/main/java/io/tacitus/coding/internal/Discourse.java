// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the coder remembers while reading one document, sentence by sentence:
 * <ul>
 *   <li>the participants of the last event of each root, so that a definite event noun without its own
 *   ("The June 28 meeting got off to a bumpy start") refers back to the meeting already reported;</li>
 *   <li>who did what to whom ({@code Told}), so that a denial finds its accuser, an apology its victims, a
 *   threat that answers a wrong its offender, and talks without parties the story's last two parties;</li>
 *   <li>the days of the story ({@link StoryDays}).</li>
 * </ul>
 * One instance per document; not thread-safe.
 */
public final class Discourse {
    private final StoryDays days;
    private final Map<String, Participants.Roles> lastByRoot = new HashMap<>();
    private final Map<String, Participants.Roles> lastByCode = new HashMap<>();
    private final Deeds deeds;
    private final Imitations imitations = new Imitations();
    private int sentence;

    public Discourse(LocalDate published) {
        this.days = new StoryDays(published);
        this.deeds = new Deeds(published);
    }

    /** Who did what to whom so far: accusers, offenders, counterparts, the story's parties. */
    public Deeds deeds() {
        return deeds;
    }

    /** The parties of the story's latest event between two countries ({@link Deeds#lastDyad}). */
    public List<ActorMention> lastDyad(String root) {
        return deeds.lastDyad(root, sentence);
    }

    /** The other party of a promise-maker's latest meeting or agreement ({@link Deeds#counterpartOf}). */
    public List<ActorMention> counterpartOf(List<ActorMention> makers) {
        return deeds.counterpartOf(makers, sentence);
    }

    /** Call after coding a sentence: its days become the narrative of the sentences after it. */
    public void read(Sentence s) {
        sentence = s.index() + 1;
        days.read(s);
    }

    /** The day last named before this sentence, or null ({@link StoryDays#lastNamed}). */
    public LocalDate lastNamedDay() {
        return days.lastNamed();
    }

    /** The latest day of the story so far, or null ({@link StoryDays#latest}). */
    public LocalDate latestDay() {
        return days.latest();
    }

    /** The narrative date for a simple-past event that has only the publication date ({@link StoryDays#narrate}). */
    public EventDating.Dated narrate(Sentence s, int p, EventDating.Dated dated) {
        return days.narrate(s, p, dated);
    }

    /**
     * Roles for an event noun with no participants of its own: a definite one that is what its clause is
     * about is the last event of its root ("The June 28 meeting got off to a bumpy start"); a symmetric
     * one that refers back (definite and what its clause is about, measured as in "after four hours of
     * talks", or the object of a clause whose subject is an event: "the talks produced an agreement") is between the parties of the story so far
     * ({@link #lastDyad}).
     */
    public Participants.Roles resolve(Sentence s, int p, String root, Participants.Roles roles, boolean symmetric,
                                      boolean eventSubject) {
        if (!roles.sources().isEmpty() || !s.tokens().get(p).isNoun()) {
            return roles;
        }
        boolean definite = definite(s, p);
        Participants.Roles before = definite && clauseArgument(s, p) ? lastByRoot.get(root) : null;
        if (before != null) {
            return before;
        }
        if (symmetric && roles.targets().isEmpty() && ((definite && clauseArgument(s, p)) || measured(s, p) || eventSubject)) {
            List<ActorMention> parties = deeds.lastDyad(root, sentence);
            if (!parties.isEmpty()) {
                return new Participants.Roles(parties, List.of(), true);
            }
        }
        return roles;
    }

    /** "after four hours of talks": the noun is measured by time. */
    private static boolean measured(Sentence s, int p) {
        return s.parents(p).stream().anyMatch(d -> NounParticipants.measures(s, d));
    }

    /**
     * The sources of the last event of a CAMEO code told so far, else of its root ("criticised the attack": who
     * attacked; "praised the agreement": who agreed, not who welcomed something since, also root 05).
     */
    public List<ActorMention> lastSources(String code) {
        Participants.Roles before = lastByCode.get(code);
        before = before == null ? lastByRoot.get(code.substring(0, 2)) : before;
        return before == null ? List.of() : before.sources();
    }

    /** Acts told so far, for those told as their copy ("responded in kind", "followed suit"). */
    public Imitations imitations() {
        return imitations;
    }

    /** Remembers an event with its roles. */
    public void remember(LexiconEntry e, Participants.Roles roles) {
        imitations.remember(e, roles);
        remember(e.type().code().value(), roles);
    }

    /** Remembers an event of a CAMEO code with its roles. */
    public void remember(String code, Participants.Roles roles) {
        String root = code.substring(0, 2);
        if (!roles.sources().isEmpty()) {
            lastByRoot.put(root, roles);
            lastByCode.put(code, roles);
            deeds.add(sentence, root, roles.sources(), roles.targets());
        }
        // a complaint lodged with an envoy ("summoned the Indian high commissioner") judges no deed of the envoy
        if (root.equals("11") && !code.startsWith("114") && !roles.targets().isEmpty()) {
            deeds.add(sentence, "", roles.targets(), List.of()); // "condemned the recognition": that deed is the topic
        }
    }

    /** "The June 28 meeting got off to a bumpy start": the noun is what the clause is about. */
    private static boolean clauseArgument(Sentence s, int p) {
        for (Dependency d : s.parents(p)) {
            if (d.governor() < 0 || d.base().equals("nsubj") || d.base().equals("obj")) {
                return true;
            }
        }
        return false;
    }

    private static boolean definite(Sentence s, int p) {
        for (Dependency d : s.children(p)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase();
            if ((d.base().equals("det") && (w.equals("the") || w.equals("this") || w.equals("that")))
                    || d.relation().equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }
}
