// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.Fingerprint;
import io.tacitus.api.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aims a reaction that names no target at the story's other party, once the whole document is coded. "France
 * condemned the coup", "Quito rejected the claim", "Musharraf warned of a response" react to what the story is
 * about; when the sentence and the story so far give no target, the reaction is aimed at the country that
 * takes part in most events of the document besides the reactor's own country, if one clearly does (a tie
 * aims nothing). Only reactions (investigate 09, demand 10, disapprove 11, reject 12, threaten 13) and the
 * measures of a dispute (force postures 15, reductions of relations 16) are aimed this way, and humanitarian relief
 * (073); appeals, offers, other aid and force without a target are as often aimed at third parties or at no one.
 * The rule of an aimed event ends in {@value #RULE_SUFFIX}, so provenance shows the inference.
 */
public final class StoryParties {
    /** Appended to the lexicon entry id in an aimed event's provenance rule. */
    public static final String RULE_SUFFIX = "+story-party";
    /** The roots aimed this way: investigate, demand, disapprove, reject, threaten. */
    public static final Set<String> REACTIONS = Set.of("09", "10", "11", "12", "13");

    /**
     * Reducing relations (16: "recalled its ambassador", "suspended the talks") and force postures other than a bare
     * show of force (15: "put its troops on alert", "reinforced the island"): measures aimed at the other side of a
     * dispute. Aiming them at the story's other party was right about half the time on the development files
     * (docs/ACCURACY.md).
     */
    public static final Set<String> POSTURES = Set.of("15", "16");

    /**
     * Humanitarian aid (073: "dropped food and medicine", "Pakistan also sent a field hospital") goes to the people the
     * story is about. While coding the sentence, {@code EventBuilder} already sends aid without a recipient to the one
     * foreign country whose places the document names; what that leaves without a target is aimed here at the
     * story's other party, which was right 7 times of 7 on the development files, while other aid (070-075 besides
     * 073) was right about half the time and is left without a target.
     */
    public static final String RELIEF = "073";

    private StoryParties() {
    }

    /** The document's events, with each target-less reaction aimed at the story's other party where there is one. */
    public static List<Event> aim(List<Event> events) {
        Map<String, Integer> weight = new HashMap<>();
        for (Event e : events) {
            count(weight, e.source());
            count(weight, e.target());
        }
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String own = e.source().code().country();
            // a bare show of force (150: "carried out a nuclear test") is as often aimed at no one
            boolean aimed = REACTIONS.contains(e.type().code().root())
                    || POSTURES.contains(e.type().code().root()) && !e.type().code().value().equals("150")
                    || e.type().code().value().equals(RELIEF);
            String other = e.target() == null && own != null && aimed
                    ? leading(weight, partners(events, e)) : null;
            out.add(other == null ? e : aimed(e, nearest(events, i, other)));
        }
        return out;
    }

    private static void count(Map<String, Integer> weight, EventActor a) {
        if (a != null && a.code().country() != null) {
            weight.merge(a.code().country(), 1, Integer::sum);
        }
    }

    /**
     * The source's country and those that act with it in the same words ("France and Germany condemned the
     * decision", "Nigeria, Ghana and Guinea have been massing troops": none is another's target); but two countries
     * that take measures together are as a rule in a dispute with each other ("Mexico and Venezuela withdrew their
     * ambassadors"), so then only the source's own.
     */
    private static Set<String> partners(List<Event> events, Event e) {
        Set<String> out = new HashSet<>();
        for (Event x : events) {
            boolean same = x.provenance().sentence() == e.provenance().sentence() && x.provenance().trigger().equals(e.provenance().trigger());
            if ((x == e || same) && x.source().code().country() != null) {
                out.add(x.source().code().country());
            }
        }
        boolean dispute = out.size() == 2 && POSTURES.contains(e.type().code().root());
        return dispute ? Set.of(e.source().code().country()) : out;
    }

    /** The country with most event roles other than the excluded, or null on a tie or when there is none. */
    private static String leading(Map<String, Integer> weight, Set<String> excluded) {
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> w : weight.entrySet()) {
            if (excluded.contains(w.getKey())) {
                continue;
            }
            if (w.getValue() > top) {
                best = w.getKey();
                top = w.getValue();
                tie = false;
            } else if (w.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The actor of that country in the event closest to event {@code i}, the earlier one when two are as close. */
    private static EventActor nearest(List<Event> events, int i, String country) {
        for (int step = 1; step < events.size(); step++) {
            for (int j : new int[] {i - step, i + step}) {
                if (j >= 0 && j < events.size()) {
                    EventActor a = of(events.get(j), country);
                    if (a != null) {
                        return a;
                    }
                }
            }
        }
        throw new IllegalStateException("a counted country has an event: " + country);
    }

    private static EventActor of(Event e, String country) {
        if (country.equals(e.source().code().country())) {
            return e.source();
        }
        return e.target() != null && country.equals(e.target().code().country()) ? e.target() : null;
    }

    private static Event aimed(Event e, EventActor target) {
        Provenance p = e.provenance();
        Provenance rule = new Provenance(p.docId(), p.sentence(), p.sentenceText(), p.trigger(), p.rule() + RULE_SUFFIX,
                p.lexiconVersion(), p.actorsVersion());
        String id = Fingerprint.of(e.id() + "|" + target.entityId()).substring(0, 16);
        return new Event(id, e.source(), target, e.type(), e.date(), e.dateSource(), e.location(), rule);
    }
}
