// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding;

import io.tacitus.api.ActorMention;
import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.DocumentActors;
import io.tacitus.api.Dependency;
import io.tacitus.api.Event;
import io.tacitus.api.EventCoder;
import io.tacitus.api.Location;
import io.tacitus.api.PlaceResolver;
import io.tacitus.api.Sentence;
import io.tacitus.coding.internal.Arguments;
import io.tacitus.coding.internal.CivilianTargets;
import io.tacitus.coding.internal.DeniedCharges;
import io.tacitus.coding.internal.ForeignMeasures;
import io.tacitus.coding.internal.Discourse;
import io.tacitus.coding.internal.EntryMatcher;
import io.tacitus.coding.internal.EventBuilder;
import io.tacitus.coding.internal.Intentions;
import io.tacitus.coding.internal.Modality;
import io.tacitus.coding.internal.Participants;
import io.tacitus.coding.internal.PlaceFinder;
import io.tacitus.coding.internal.Imitations;
import io.tacitus.coding.internal.MissileTests;
import io.tacitus.coding.internal.Refusals;
import io.tacitus.coding.internal.ReportedCharges;
import io.tacitus.coding.internal.Screening;
import io.tacitus.coding.internal.StoryParties;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Codes events from dependency graphs: every token that a lexicon entry matches is a predicate; its
 * sources and targets come from the graph ({@link Participants}); negated and unrealised predicates are
 * skipped and announced ones coded as intentions or threats ({@link Modality}, {@link Intentions}); a noun whose verb already coded it (the object of "impose sanctions") is not
 * coded again. Immutable and thread-safe.
 */
public final class DependencyPatternCoder implements EventCoder {
    private final Lexicon lexicon;
    private final EntryMatcher matcher;
    private final String actorsVersion;
    private final PlaceResolver places;
    private final Intentions intentions;
    private final ReportedCharges charges;
    private final Optional<LexiconEntry> meeting;
    private final CameoOntology ontology;
    private final CivilianTargets civilians;
    private final ForeignMeasures foreign;
    private final MissileTests missiles;
    private final Refusals refusals;
    private final boolean statements;

    public DependencyPatternCoder(Lexicon lexicon, CameoOntology ontology, String actorsVersion, PlaceResolver places) {
        this(lexicon, ontology, actorsVersion, places, false);
    }

    private DependencyPatternCoder(Lexicon lexicon, CameoOntology ontology, String actorsVersion, PlaceResolver places,
                                   boolean statements) {
        this.lexicon = lexicon;
        this.ontology = ontology;
        this.intentions = new Intentions(ontology);
        this.civilians = new CivilianTargets(ontology);
        this.foreign = new ForeignMeasures(ontology);
        this.missiles = new MissileTests(ontology);
        this.matcher = new EntryMatcher(lexicon);
        this.charges = new ReportedCharges(matcher, lexicon);
        this.refusals = new Refusals(matcher, lexicon);
        this.meeting = lexicon.verb("meet", "meet");
        this.actorsVersion = actorsVersion;
        this.places = places;
        this.statements = statements;
    }

    /** A coder that also emits plain statements (010), which are not events: for testing the lexicon's rows. */
    public DependencyPatternCoder withStatements() {
        return new DependencyPatternCoder(lexicon, ontology, actorsVersion, places, true);
    }

    @Override
    public List<Event> code(AnnotatedArticle article, DocumentActors actors) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Discourse discourse = new Discourse(article.article().date());
        List<List<ActorMention>> bySentence = new ArrayList<>();
        article.sentences().forEach(x -> bySentence.add(actors.in(x.index())));
        Set<String> placeCountries = PlaceFinder.placeCountries(article.sentences(), bySentence);
        Map<String, Location> cities = PlaceFinder.placeCities(article.sentences(), bySentence, places, placeCountries);
        Location dateline = PlaceFinder.dateline(article.article().text(), places);
        Set<String> named = new HashSet<>(placeCountries);
        bySentence.forEach(ms -> ms.stream().filter(m -> !m.via().contains("context:"))
                .map(m -> m.entity().code().country()).filter(Objects::nonNull).forEach(named::add));
        for (Sentence s : article.sentences()) {
            if (s.parsed()) {
                Arguments args = new Arguments(s, actors.in(s.index()));
                EventBuilder builder = new EventBuilder(article.article(), args, lexicon.version(), actorsVersion,
                        matcher, new PlaceFinder(args, places, placeCountries), cities, dateline, named);
                for (Event ev : codeSentence(s, args, new Participants(args, matcher, discourse), builder, discourse)) {
                    if (seen.add(ev.id())) {
                        events.add(ev);
                    }
                }
            }
            discourse.read(s);
        }
        return StoryParties.aim(events);
    }

    private List<Event> codeSentence(Sentence s, Arguments args, Participants participants, EventBuilder builder,
                                     Discourse discourse) {
        List<List<LexiconEntry>> matches = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (int t = 0; t < s.tokens().size(); t++) {
            List<LexiconEntry> all = matcher.matches(s, t);
            matches.add(all);
            if (!all.isEmpty() && !all.get(0).noun() && decided(s, t, all.get(0))) {
                consumed.add(t); // the decision is coded from its event noun, which stays uncovered
            } else if (!all.isEmpty() && !all.get(0).noun()) {
                consumed.addAll(EntryMatcher.coveredObjects(s, t, all.get(0)));
                for (LexiconEntry e : all) {
                    if (e.flags().contains("judge")) { // "said the seizure was unacceptable": not a new seizure
                        consumed.addAll(EntryMatcher.coveredObjects(s, t, e));
                    }
                }
            }
        }
        consumed.addAll(Screening.effectsOfForce(s, matches));
        List<Event> events = new ArrayList<>();
        for (int t = 0; t < s.tokens().size(); t++) {
            final int at = t;
            List<LexiconEntry> entries = matches.get(t).stream().filter(x -> !Screening.missingSlot(s, at, x)).toList();
            Modality.Status status = entries.isEmpty() ? Modality.Status.NOT_FACT : Modality.status(s, t);
            Optional<Refusals.Refusal> refusal = status != Modality.Status.FACT && !entries.isEmpty()
                    ? refusals.of(s, t, entries.get(0), args) : Optional.empty(); // "said there would be no ceasefire"
            if (refusal.isPresent()) {
                discourse.remember(refusal.get().entry(), refusal.get().roles());
                events.addAll(builder.events(refusal.get().verb(), refusal.get().entry(), refusal.get().roles(), discourse));
                continue;
            }
            if (entries.isEmpty() || consumed.contains(t) || status == Modality.Status.NOT_FACT || Screening.topic(s, t, entries)
                    || Screening.helpingOnly(s, t, entries.get(0)) || Screening.eventMeets(s, t, entries.get(0), matches)
                    || Screening.hostilePlan(s, t, entries.get(0), matches) || Screening.byMeans(s, t, entries.get(0), matches)) {
                continue;
            }
            Chosen chosen = choose(t, entries, participants);
            LexiconEntry e = chosen.entry();
            if (status == Modality.Status.FUTURE) {
                Optional<LexiconEntry> announced = intentions.announced(e);
                if (announced.isEmpty()) {
                    continue;
                }
                e = announced.get();
            }
            String root = e.type().code().root();
            MissileTests.Recoded tested = missiles.of(e, discourse.resolve(s, t, root, chosen.roles(), e.symmetric(),
                    Screening.eventSubject(s, t, matches)), args, t); // "fired a missile into the sea"
            Participants.Roles roles = tested.roles();
            e = tested.entry();
            e = civilians.recode(e, roles); // "shot dead more than 100 protesters": not combat
            e = foreign.recode(e, roles); // "barred Lukashenko from entering": sanctions, not administrative
            e = foreign.deployment(foreign.cargo(e, roles, s, t), roles); // "Australian troops flew into Dili": no visit
            if (e.flags().contains("armed") && !armed(roles)) {
                continue; // "refugees crossed into Chad" is no show of force
            }
            if (e.flags().contains("target") && roles.targets().isEmpty() && !roles.reciprocal()) {
                continue; // "called the decision a mistake" is no phone call: this entry needs a target
            }
            if (e.flags().contains("kind")) { // "Latvia responded in kind", "Bahrain followed suit"
                Optional<Imitations.Copy> copy = discourse.imitations().copy(e, roles);
                if (copy.isEmpty()) {
                    continue;
                }
                e = copy.get().entry();
                roles = copy.get().roles();
            }
            discourse.remember(e, roles);
            if (statements || !e.type().code().value().equals(STATEMENT)) { // remembered (who said what), but no event
                events.addAll(builder.events(t, e, roles, discourse));
            }
            charges.of(s, at, e, roles, participants) // "Ankara said the plane had violated Turkish airspace"
                    .ifPresent(c -> events.addAll(builder.events(c.verb(), c.entry(), c.roles(), discourse)));
            charges.ofMeasure(s, at, e, roles) // "expelled three American officials accused of recruiting students"
                    .ifPresent(c -> events.addAll(builder.events(c.verb(), c.entry(), c.roles(), discourse)));
            if (signedInPerson(e, roles) && meeting.isPresent()) { // "Yeltsin and Snegur signed an agreement": they met
                events.addAll(builder.events(at, meeting.get(), roles, discourse));
            }
        }
        return DeniedCharges.drop(events); // "accused Russian aircraft of bombing ..., a raid Moscow denies"
    }

    private static final Set<String> ARMED = Set.of("MIL", "COP", "REB", "INS", "UAF", "SPY");

    /** Some source is a state or an armed force: a bare country, or a military, police, rebel or militant role. */
    private static boolean armed(Participants.Roles roles) {
        // "five Armenian trucks": a country adjective on a thing is not the state acting
        return roles.sources().stream().anyMatch(m -> m.entity().code().role() == null ? !m.via().contains(":adjective")
                : ARMED.contains(m.entity().code().role()));
    }

    /** A formal agreement (057) signed together by two office holders, not by two states named as such. */
    private static boolean signedInPerson(LexiconEntry e, Participants.Roles roles) {
        if (!e.type().code().value().equals("057") || !e.symmetric()) {
            return false;
        }
        List<ActorMention> all = new ArrayList<>(roles.sources());
        all.addAll(roles.targets());
        return all.size() >= 2 && all.stream().allMatch(m -> m.entity().isPerson() || (m.entity().id().startsWith("group:")
                && "GOV".equals(m.entity().code().role())));
    }

    /**
     * A plain statement (010, "said", "told Biden that ...") is not an event: reported speech is coded for
     * what it reports, and as itself only when it is an accusation, a denial, a threat and the like.
     */
    private static final String STATEMENT = "010";
    private static final Set<String> DECIDING = Set.of("order", "approve", "authorise", "authorize", "decree", "endorse");

    /**
     * "North Korea ordered the expulsion of Malaysia's envoy", "parliament approved the deployment of troops": a
     * decision whose object is an event noun is that event, coded from the noun with the decider as source.
     */
    private boolean decided(Sentence s, int t, LexiconEntry best) {
        if (!s.tokens().get(t).isVerb() || !DECIDING.contains(s.tokens().get(t).lemma().toLowerCase())
                || !best.objects().isEmpty()) {
            return false; // "ordered an investigation into" has a row of its own
        }
        for (Dependency d : s.children(t)) {
            LexiconEntry noun = d.base().equals("obj") ? matcher.match(s, d.dependent()) : null;
            if (noun != null && noun.noun()) {
                return true;
            }
        }
        return false;
    }

    /** An entry and the roles it finds. */
    private record Chosen(LexiconEntry entry, Participants.Roles roles) {
    }

    /**
     * Of equally specific entries, a judgement or an obligation that finds its target, else the first whose
     * target slot is filled, else the first.
     */
    private static Chosen choose(int t, List<LexiconEntry> entries, Participants participants) {
        for (LexiconEntry e : entries) { // "told parliament that Russia was responsible": blame, not a statement
            if (e.readsClause()) {
                Participants.Roles r = participants.roles(t, e);
                if (!r.targets().isEmpty()) {
                    return new Chosen(e, r);
                }
            }
        }
        Chosen first = new Chosen(entries.get(0), participants.roles(t, entries.get(0)));
        if (!first.roles().targets().isEmpty()) {
            return first;
        }
        for (LexiconEntry other : entries.subList(1, entries.size())) {
            Participants.Roles r = participants.roles(t, other);
            if (!r.targets().isEmpty()) {
                return new Chosen(other, r);
            }
        }
        return first;
    }

    @Override
    public String version() {
        return lexicon.version();
    }
}
