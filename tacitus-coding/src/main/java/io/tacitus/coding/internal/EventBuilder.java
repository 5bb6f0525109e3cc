// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Article;
import io.tacitus.api.Dependency;
import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.Fingerprint;
import io.tacitus.api.Location;
import io.tacitus.api.Provenance;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a predicate, its entry and its actors into events: one per source-target pair (symmetric events
 * with several sources and no target pair the sources), each with its date, place and provenance.
 * One instance per sentence.
 */
public final class EventBuilder {
    private static final Set<String> VIOLENT = Set.of("17", "18", "19", "20");
    private static final Set<String> AUDIENCE = Set.of("01", "02", "03", "05", "06", "07");
    private final Article article;
    private final Sentence s;
    private final Arguments args;
    private final String lexiconVersion;
    private final String actorsVersion;
    private final EntryMatcher matcher;
    private final PlaceFinder places;
    private final Map<String, Location> cities;
    private final Location dateline;
    private final Set<String> named;
    /** Sides of a domestic conflict, which fight at home unless the story names the country abroad. */
    private static final Set<String> DOMESTIC = Set.of("REB", "INS", "SEP", "UAF", "COP", "CVL", "OPP");

    /**
     * {@code named}: the countries the document names (as actors or as places); a town name with a reading in one
     * of them is that reading ("Bor" in a story about South Sudan), and one in none of them is no target of a
     * domestic side ("Palma" in a story about Mozambique).
     */
    public EventBuilder(Article article, Arguments args, String lexiconVersion, String actorsVersion,
                        EntryMatcher matcher, PlaceFinder places, Map<String, Location> cities, Location dateline,
                        Set<String> named) {
        this.article = article;
        this.named = named;
        this.cities = cities;
        this.dateline = dateline;
        this.places = places;
        this.s = args.sentence();
        this.args = args;
        this.lexiconVersion = lexiconVersion;
        this.actorsVersion = actorsVersion;
        this.matcher = matcher;
    }

    public List<Event> events(int p, LexiconEntry e, Participants.Roles roles, Discourse discourse) {
        List<Event> out = new ArrayList<>();
        if (roles.sources().isEmpty()) {
            return out;
        }
        EventDating.Dated dated = discourse.narrate(s, p,
                EventDating.date(s, p, t -> matcher.isPredicate(s, t), article.date(), discourse.latestDay(),
                        discourse.lastNamedDay()));
        LocalDate day = dated.date() == null ? null : dated.date().start();
        Location place = places.find(p, VIOLENT.contains(e.type().code().root()));
        if (place != null && place.lat() == null && place.country() != null && cities.containsKey(place.country())) {
            place = cities.get(place.country()); // "in Peru" in an article about "the summit in Lima"
        }
        place = places.among(place, named); // "near Bor" in a story about South Sudan
        if (place == null && dateline != null && ofTheDay(dated)) {
            place = dateline; // "OSAKA, June 29 —": the day's events happened where the report was filed
        }
        List<ActorMention> targets = roles.targets();
        // "an offensive against Kurdish rebels in northern Iraq": a target of no known country leaves the place
        boolean stateless = !targets.isEmpty() && targets.stream().allMatch(t -> t.entity().code().country() == null);
        boolean pairOfSources = (e.symmetric() && !Reciprocity.directedComplement(s, matcher, p) || roles.reciprocal())
                && roles.sources().size() >= 2; // but "agreed to send soldiers" is not agreeing with each other
        if ((targets.isEmpty() || stateless) && !pairOfSources && place != null && place.country() != null
                && VIOLENT.contains(e.type().code().root()) && !args.partner(place.country())) {
            // not where two sides fight each other, nor where it fights alongside that country's forces
            List<ActorMention> there = placeTarget(place, roles.sources());
            targets = there.isEmpty() ? targets : there;
        }
        if (targets.isEmpty() && aid(e)) { // "Beijing pledged 20 million yuan in emergency aid", in a story set in Nepal
            Location where = place != null && place.country() != null ? place : storyPlace(roles.sources());
            targets = where == null ? targets : placeTarget(where, roles.sources());
        }
        if (targets.isEmpty() && pairOfSources) { // "Government troops and rebels clashed near Bor": each other's target
            for (ActorMention a : roles.sources()) {
                for (ActorMention b : roles.sources()) {
                    if (a != b && !delegation(a, b, day)) {
                        add(out, p, e, dated, day, place, a, b);
                    }
                }
            }
            return out;
        }
        for (ActorMention src : roles.sources()) {
            if (targets.isEmpty()) {
                add(out, p, e, dated, day, place, src, null);
            }
            for (ActorMention tgt : targets) {
                add(out, p, e, dated, day, place, src, tgt);
            }
        }
        return out;
    }

    /** Economic or humanitarian aid given or pledged (071, 073, 0331, 0333): it goes to the state where it is given. */
    private static boolean aid(LexiconEntry e) {
        return Set.of("071", "073", "0331", "0333").contains(e.type().code().value());
    }

    /** The one foreign country whose places the document names, or null if it names none or several. */
    private Location storyPlace(List<ActorMention> sources) {
        Location only = null;
        for (Map.Entry<String, Location> c : cities.entrySet()) {
            boolean own = sources.stream().anyMatch(x -> c.getKey().equals(x.entity().code().country()));
            if (!own && only != null) {
                return null;
            }
            only = own ? only : c.getValue();
        }
        return only;
    }

    /**
     * Force used on a place is used on the state that holds it: "India struck nine sites in Pakistan" is
     * India against Pakistan. Only for coercion and violence (roots 17-20), never for meetings.
     */
    private List<ActorMention> placeTarget(Location place, List<ActorMention> sources) {
        String words = " " + (place.text() == null ? place.name() : place.text()) + " ";
        if (WATERS.stream().anyMatch(words::contains)) {
            return List.of(); // "seized the vessel in the Gulf of Siam": open water is no state's
        }
        for (ActorMention src : sources) {
            if (place.country().equals(src.entity().code().country())) {
                return List.of();
            }
        }
        boolean domestic = sources.stream().allMatch(x -> DOMESTIC.contains(String.valueOf(x.entity().code().role())));
        if (domestic && !named.contains(place.country())) {
            return List.of(); // insurgents who "overran Palma" in a story about Mozambique did not strike Spain
        }
        ActorEntity state = ActorEntity.undated("country:" + place.country(), place.name(),
                new ActorCode(place.country(), null));
        int head = sources.get(0).head();
        return List.of(new ActorMention(head, head + 1, head, place.text(), state, "place:" + place.name()));
    }

    private void add(List<Event> out, int p, LexiconEntry e, EventDating.Dated dated, LocalDate day, Location place,
                     ActorMention src, ActorMention tgt) {
        if (tgt != null && sameSide(src, tgt, day)) {
            return; // an actor does not act on itself ("Trump ... an American president", "Russian territory")
        }
        EventActor source = actor(src, day);
        EventActor target = tgt == null ? null : actor(tgt, day);
        if (target != null && "MED".equals(target.code().role()) && AUDIENCE.contains(e.type().code().root())) {
            target = null; // the press is the audience of statements, appeals and pledges, not their target
        }
        String trigger = trigger(p, e);
        String id = id(p, e, source, target);
        out.add(new Event(id, source, target, e.type(), dated.date(), dated.source(), place,
                new Provenance(article.id(), s.index(), s.text(), trigger, e.id(), lexiconVersion, actorsVersion)));
    }

    /** An event dated within two days of publication (or by it). */
    private boolean ofTheDay(EventDating.Dated dated) {
        if (dated.date() == null || article.date() == null) {
            return false;
        }
        return dated.date().precision() == io.tacitus.api.EventDate.Precision.DAY
                && Math.abs(dated.date().start().toEpochDay() - article.date().toEpochDay()) <= 2;
    }

    /**
     * A government and its own forces, police and spies: what it does to them is command, not an event ("Chavez
     * ordered ten battalions to the border"); what they do to it (a mutiny, a handover of power) is one.
     */
    private static final Set<String> COMMANDED = Set.of("MIL", "COP", "SPY");

    private static boolean sameSide(ActorMention src, ActorMention tgt, LocalDate day) {
        ActorCode a = src.entity().codeOn(day);
        ActorCode b = tgt.entity().codeOn(day);
        boolean sameCountry = a.country() != null && a.country().equals(b.country());
        boolean bareState = (a.role() == null || b.role() == null) && sameCountry;
        boolean executive = sameCountry && "GOV".equals(a.role()) && b.role() != null && COMMANDED.contains(b.role());
        // "Marines recaptured the American container ship": a state's forces and its own ships are one side
        boolean ownShip = sameCountry && a.role() != null && b.role() != null
                && Set.of("GOV", "MIL", "COP").contains(a.role()) && Set.of("BUS", "AGR").contains(b.role())
                && VESSELS.stream().anyMatch(v -> tgt.text().toLowerCase(Locale.ROOT).contains(v));
        return src.entity().id().equals(tgt.entity().id()) || a.equals(b) || bareState || executive || ownShip;
    }

    private static final Set<String> STATE = Set.of("GOV", "ELI", "LEG", "MIL", "JUD", "SPY", "COP");

    /** "The accord, negotiated by Carter, Nunn and Powell": one state's officials acting together, not two sides. */
    private static boolean delegation(ActorMention a, ActorMention b, LocalDate day) {
        ActorCode x = a.entity().codeOn(day);
        ActorCode y = b.entity().codeOn(day);
        return x.country() != null && x.country().equals(y.country()) && x.role() != null && y.role() != null
                && STATE.contains(x.role()) && STATE.contains(y.role());
    }

    private static final Set<String> WATERS = Set.of(" Gulf ", " Sea ", " Ocean ", " Strait ", " Straits ", " Bay ",
            " Channel ", " waters ");
    private static final Set<String> VESSELS = Set.of("ship", "vessel", "boat", "trawler", "tanker", "freighter", "fleet");

    private static EventActor actor(ActorMention m, LocalDate day) {
        ActorCode code = m.entity().codeOn(day);
        return new EventActor(code, m.entity().name(), m.entity().id(), m.text());
    }

    private String trigger(int p, LexiconEntry e) {
        List<Integer> words = new ArrayList<>(List.of(p));
        for (Dependency d : s.children(p)) {
            String rel = d.relation();
            if (rel.equals("compound:prt") || (e.compound() != null && rel.equals("compound"))
                    || (!e.objects().isEmpty() && (rel.equals("obj") || rel.startsWith("nsubj:pass")))) {
                words.add(d.dependent());
            }
        }
        words.sort(null);
        StringBuilder sb = new StringBuilder();
        for (int w : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(s.tokens().get(w).word());
        }
        return sb.toString();
    }

    private String id(int p, LexiconEntry e, EventActor source, EventActor target) {
        String key = article.id() + "|" + s.index() + "|" + p + "|" + e.id() + "|" + source.entityId() + "|"
                + (target == null ? "" : target.entityId());
        return Fingerprint.of(key).substring(0, 16);
    }
}
