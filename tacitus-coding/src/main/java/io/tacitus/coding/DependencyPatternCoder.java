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
import io.tacitus.coding.internal.Discourse;
import io.tacitus.coding.internal.EntryMatcher;
import io.tacitus.coding.internal.EventBuilder;
import io.tacitus.coding.internal.Intentions;
import io.tacitus.coding.internal.Modality;
import io.tacitus.coding.internal.Participants;
import io.tacitus.coding.internal.PlaceFinder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final CameoOntology ontology;
    private final boolean statements;

    public DependencyPatternCoder(Lexicon lexicon, CameoOntology ontology, String actorsVersion, PlaceResolver places) {
        this(lexicon, ontology, actorsVersion, places, false);
    }

    private DependencyPatternCoder(Lexicon lexicon, CameoOntology ontology, String actorsVersion, PlaceResolver places,
                                   boolean statements) {
        this.lexicon = lexicon;
        this.ontology = ontology;
        this.intentions = new Intentions(ontology);
        this.matcher = new EntryMatcher(lexicon);
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
        for (Sentence s : article.sentences()) {
            if (s.parsed()) {
                Arguments args = new Arguments(s, actors.in(s.index()));
                EventBuilder builder = new EventBuilder(article.article(), args, lexicon.version(), actorsVersion,
                        matcher, new PlaceFinder(args, places, placeCountries), cities, dateline);
                for (Event ev : codeSentence(s, new Participants(args, matcher, discourse), builder, discourse)) {
                    if (seen.add(ev.id())) {
                        events.add(ev);
                    }
                }
            }
            discourse.read(s);
        }
        return events;
    }

    private List<Event> codeSentence(Sentence s, Participants participants, EventBuilder builder, Discourse discourse) {
        List<List<LexiconEntry>> matches = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (int t = 0; t < s.tokens().size(); t++) {
            List<LexiconEntry> all = matcher.matches(s, t);
            matches.add(all);
            if (!all.isEmpty() && !all.get(0).noun() && !decided(s, t)) {
                consumed.addAll(EntryMatcher.coveredObjects(s, t, all.get(0)));
                for (LexiconEntry e : all) {
                    if (e.flags().contains("judge")) { // "said the seizure was unacceptable": not a new seizure
                        consumed.addAll(EntryMatcher.coveredObjects(s, t, e));
                    }
                }
            }
        }
        consumed.addAll(effectsOfForce(s, matches));
        List<Event> events = new ArrayList<>();
        for (int t = 0; t < s.tokens().size(); t++) {
            final int at = t;
            List<LexiconEntry> entries = matches.get(t).stream().filter(x -> !missingSlot(s, at, x)).toList();
            Modality.Status status = entries.isEmpty() ? Modality.Status.NOT_FACT : Modality.status(s, t);
            if (entries.isEmpty() || consumed.contains(t) || status == Modality.Status.NOT_FACT || topic(s, t, entries)
                    || hostilePlan(s, t, entries.get(0), matches) || decided(s, t)) {
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
            Participants.Roles roles = discourse.resolve(s, t, root, chosen.roles(), e.symmetric(), eventSubject(s, t, matches));
            if (e.flags().contains("target") && roles.targets().isEmpty() && !roles.reciprocal()) {
                continue; // "called the decision a mistake" is no phone call: this entry needs a target
            }
            discourse.remember(e.type().code().value(), roles);
            if (statements || !e.type().code().value().equals(STATEMENT)) { // remembered (who said what), but no event
                events.addAll(builder.events(t, e, roles, discourse));
            }
        }
        return events;
    }

    /**
     * Verbs of force whose subject is itself an act of force: "Israeli air strikes killed 230 people" is one
     * air campaign, coded from the noun (which takes the verb's victims), not also a killing by the strikes;
     * and participles telling what an act of force did ("shelled Ganja, killing nine civilians").
     */
    private static Set<Integer> effectsOfForce(Sentence s, List<List<LexiconEntry>> matches) {
        Set<Integer> out = new HashSet<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                continue;
            }
            List<LexiconEntry> up = matches.get(d.governor());
            List<LexiconEntry> down = matches.get(d.dependent());
            if (up.isEmpty() || down.isEmpty() || !force(up.get(0)) || !force(down.get(0))) {
                continue;
            }
            if (d.relation().equals("nsubj") && down.get(0).noun()) {
                out.add(d.governor());
            }
            boolean participle = s.tokens().get(d.dependent()).tag().equals("VBG");
            if (participle && (d.base().equals("dep") || d.base().equals("advcl"))) {
                out.add(d.dependent()); // "shelled the city of Ganja, killing nine civilians": one attack
            }
        }
        return out;
    }

    private static boolean force(LexiconEntry e) {
        return Set.of("18", "19", "20").contains(e.type().code().root());
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
    private boolean decided(Sentence s, int t) {
        LexiconEntry own = matcher.match(s, t);
        if (!s.tokens().get(t).isVerb() || !DECIDING.contains(s.tokens().get(t).lemma().toLowerCase())
                || (own != null && !own.objects().isEmpty())) {
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

    /**
     * "Lavrov proposed expelling 35 Americans", "vowed to strike back": an intention whose act is hostile is
     * coded from that act (a threat), not as an intention to cooperate; "agreed not to attack" stays one.
     */
    private static boolean hostilePlan(Sentence s, int t, LexiconEntry e, List<List<LexiconEntry>> matches) {
        if (e.noun() || !e.type().code().root().equals("03")) {
            return false;
        }
        for (Dependency d : s.children(t)) {
            List<LexiconEntry> act = matches.get(d.dependent());
            if ((d.base().equals("xcomp") || d.base().equals("ccomp")) && !act.isEmpty() && !act.get(0).noun()
                    && Integer.parseInt(act.get(0).type().code().root()) >= 11
                    && Modality.status(s, d.dependent()) != Modality.Status.NOT_FACT) {
                return true;
            }
        }
        return false;
    }

    /** "The talks produced an agreement": the noun is the object of a verb whose subject is an event noun. */
    private static boolean eventSubject(Sentence s, int t, List<List<LexiconEntry>> matches) {
        for (Dependency d : s.parents(t)) {
            if (d.governor() >= 0 && d.base().equals("obj")) {
                for (Dependency c : s.children(d.governor())) {
                    List<LexiconEntry> m = matches.get(c.dependent());
                    if (c.base().equals("nsubj") && !m.isEmpty() && m.get(0).noun()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An event noun that is what something is about ("a paper on the war in Ukraine"): a topic, not news. */
    private static boolean topic(Sentence s, int t, List<LexiconEntry> entries) {
        if (!entries.get(0).noun()) {
            return false;
        }
        for (Dependency d : s.parents(t)) {
            if (Set.of("nmod:on", "nmod:about", "obl:on", "obl:about").contains(d.relation())) {
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

    /**
     * An entry that names its target only through a preposition ("call on", "talk with") does not fire on
     * the same verb used transitively without that preposition ("called the strike a dangerous move").
     */
    private static boolean missingSlot(Sentence s, int t, LexiconEntry e) {
        if (e.readsClause()) {
            return false; // "called the seizure an act of aggression" is a judgement, not a naming
        }
        if (naming(s, t)) {
            return true;
        }
        if (e.noun() || e.particle() != null || !e.objects().isEmpty() || e.targets().isEmpty()
                || e.targets().contains("obj") || e.symmetric()) {
            return false;
        }
        boolean object = false;
        for (var d : s.children(t)) {
            if (e.targets().contains(d.marker()) || (d.relation().equals("compound:prt")
                    && e.targets().contains(s.tokens().get(d.dependent()).lemma()))) {
                return false;
            }
            object |= d.base().equals("obj");
        }
        return object;
    }

    /** "called the decision a stab in the back", "named him envoy": naming, not an event. */
    private static boolean naming(Sentence s, int t) {
        boolean object = false;
        boolean predicative = false;
        for (var d : s.children(t)) {
            object |= d.base().equals("obj");
            if (d.base().equals("xcomp")) {
                var x = s.tokens().get(d.dependent());
                if (!x.isNoun() && !x.tag().startsWith("JJ")) {
                    return false; // "urged India to resume talks and to exercise restraint"
                }
                predicative = true;
                // "called the measures a provocation" parsed as a small clause with its own subject
                object |= s.children(d.dependent()).stream().anyMatch(c -> c.base().equals("nsubj"));
            }
        }
        return object && predicative;
    }

    @Override
    public String version() {
        return lexicon.version();
    }
}
