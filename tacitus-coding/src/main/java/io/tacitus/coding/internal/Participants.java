// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts and who is acted upon, for one predicate: subjects or passive agents as sources, the entry's
 * target slots as targets; event nouns take possessives and adjectives as sources ("Russia's
 * annexation", "US sanctions") or the participants of the clause they sit in ("in a phone call, Putin
 * congratulated him"). Stateless apart from the sentence it reads.
 */
public final class Participants {
    static final Set<String> FORCE = Set.of("15", "17", "18", "19", "20");
    /** Coercion, assault, fight and mass violence: acts done to someone, not shows of force (15). */
    static final Set<String> COERCION = Set.of("17", "18", "19", "20");
    /** Assault, fight and mass violence: acts of force that always have a victim. */
    static final Set<String> ATTACKS = Set.of("18", "19", "20");
    private final Arguments args;
    private final Sentence s;
    private final Discourse discourse;
    private final SourceFinder finder;
    private final Judgements judgements;
    private final NounParticipants nouns;
    private final InferredTargets inferred;
    private final EntryMatcher matcher;

    public Participants(Arguments args, EntryMatcher matcher, Discourse discourse) {
        this.finder = new SourceFinder(args);
        this.matcher = matcher;
        this.judgements = new Judgements(args, matcher, discourse);
        this.nouns = new NounParticipants(args, matcher, finder);
        this.inferred = new InferredTargets(args, matcher, discourse, nouns);
        this.args = args;
        this.s = args.sentence();
        this.discourse = discourse;
    }

    /**
     * Sources and targets; targets empty when none is found. Force that names no target falls on whoever last
     * did something to the source's country ("Iranian jets struck back", "Chinese warships opened fire").
     */
    public Roles roles(int p, LexiconEntry entry) {
        Roles r = entry.noun() ? nouns.roles(p, entry) : verbRoles(p, entry);
        if (ATTACKS.contains(entry.type().code().root()) && r.targets().isEmpty() && !r.reciprocal() && !r.sources().isEmpty()) {
            return new Roles(r.sources(), discourse.deeds().offendersOf(r.sources(), 13), false);
        }
        return r;
    }

    private Roles verbRoles(int p, LexiconEntry entry) {
        boolean passive = finder.isPassive(p);
        List<ActorMention> sources = finder.verbSources(p, 0);
        if (entry.flags().contains("react")) {
            return judgements.reaction(p);
        }
        if (entry.flags().contains("feel")) {
            return Feelings.roles(args, inferred, p, entry, passive);
        }
        if (entry.flags().contains("given")) { // "Italy received ventilators from China": China gives, Italy gets
            List<ActorMention> givers = others(args.slot(p, "from"), sources);
            return givers.isEmpty() ? new Roles(List.of(), List.of(), false) : new Roles(givers, sources, false);
        }
        if (entry.flags().contains("judge")) {
            return new Roles(sources, judgements.targets(p, entry, sources), false);
        }
        if (entry.flags().contains("oblige")) {
            int obliged = Obligations.subject(s, p, Obligations.obliged(s, p, entry.objects()));
            return new Roles(sources, obliged < 0 ? List.of() : others(args.at(obliged), sources), false);
        }
        List<ActorMention> targets = new ArrayList<>();
        boolean visit = Set.of("042", "043").contains(entry.type().code().value());
        // "flew him to Costa Rica": a traveller's verb with someone else as its object carries them, no visit
        boolean carried = !entry.targets().contains("obj") && entry.objects().isEmpty()
                && s.children(p).stream().anyMatch(d -> d.base().equals("obj"));
        if (visit && (carried || passive && finder.agents().of(p).isEmpty())) {
            return new Roles(List.of(), List.of(), false); // "the suspects were flown to the Netherlands": carried, not visiting
        }
        if (judging(entry) && pronounObject(p)) {
            boolean hostile = !entry.type().code().root().equals("05"); // condemned a hostile deed, welcomed a friendly one
            targets = discourse.deeds().lastForeignDeed(hostile, sources); // "Britain backed the action, while Yeltsin condemned it"
            if (!targets.isEmpty()) {
                return new Roles(sources, targets, false);
            }
        }
        int object = -1;
        for (Dependency d : s.children(p)) {
            boolean first = object < 0; // "recognised the independence of ..., defying warnings": not the second
            if (first && d.base().equals(passive ? "nsubj" : "obj") && (!passive || d.relation().startsWith("nsubj:pass"))) {
                object = d.dependent();
            }
        }
        int modified = Agents.modifiedNoun(s, p); // "talks mediated by Lavrov": what the participle modifies is its object
        object = object < 0 ? modified : object;
        if (passive && sources.isEmpty() && object >= 0 && weapon(entry, object)) {
            sources = finder.agents().ownerOf(object); // "Iraqi missiles were fired toward Kuwait"
        }
        for (String slot : entry.targets()) {
            if (slot.equals("obj")) {
                targets = modified >= 0 ? args.at(modified) : passive ? args.children(p, d -> d.relation().startsWith("nsubj:pass"))
                        : args.children(p, d -> d.base().equals("obj") || d.base().equals("iobj"));
            } else {
                targets = args.slot(p, slot);
                if (targets.isEmpty() && slot.equals("to")) { // "agreed to give Pakistan a deposit": Pakistan is given to
                    targets = args.children(p, d -> d.base().equals("iobj"));
                }
                if (targets.isEmpty() && object >= 0) {
                    targets = hasParticle(p, slot) ? args.at(object) : args.slot(object, slot);
                    targets = targets.isEmpty() ? args.ofSlot(object, slot) : targets; // "a note of protest to Iran"
                }
                for (Dependency d : targets.isEmpty() ? s.children(p) : List.<Dependency>of()) {
                    if (d.base().equals("advmod") || d.relation().equals("compound:prt")) { // "handed the pilot back to India"
                        targets = targets.isEmpty() ? args.slot(d.dependent(), slot) : targets;
                    }
                }
            }
            if (targets.isEmpty() && slot.equals("obj") && object < 0) {
                targets = finder.agents().reducedRelativeOwner(p); // "stormed a ship run by a Turkish aid group"
            }
            // "dismissed accusations of cyberattacks from Russian territory": not a target for Putin
            List<ActorMention> actors = sources;
            targets = targets.stream().filter(x -> !ownState(x, actors)).toList();
            if (!targets.isEmpty()) {
                break;
            }
        }
        if (targets.isEmpty() && !passive && toldTo(p, entry)) { // "urged Kenya to respect international law"
            targets = others(args.children(p, d -> d.base().equals("obj")), sources);
        }
        if (targets.isEmpty() && passive && s.children(p).stream().anyMatch(d -> d.base().equals("obj"))) {
            targets = others(args.children(p, d -> d.relation().startsWith("nsubj:pass")), sources); // "was refused a visa"
        }
        // "Israeli and Syrian units clashed in the Bekaa": the two sides are each other's target, not the place
        boolean pair = entry.symmetric() && sources.stream().map(x -> x.entity().code().country())
                .filter(Objects::nonNull).distinct().count() >= 2 && !Reciprocity.directedComplement(s, matcher, p);
        boolean direct = entry.flags().contains("direct"); // the target must be named in the entry's slots
        if (targets.isEmpty() && FORCE.contains(entry.type().code().root()) && !pair && !direct) {
            targets = others(accusers(p), sources); // "Syria accused Israel of striking": Israel struck Syria
            if (targets.isEmpty()) {
                targets = foreign(args.countriesBelow(p, 4), sources).stream() // "fired missiles into waters around Taiwan"
                        .filter(m -> !args.partner(m.entity().code().country())).toList(); // not "with the Congolese army"
            }
            for (Dependency d : s.parents(p)) { // "crossed into northern Israel and attacked two vehicles"
                if (targets.isEmpty() && d.base().equals("conj") && d.governor() >= 0 && !InferredTargets.ownSubjectApart(s, p)) {
                    targets = foreign(args.countriesBelow(d.governor(), 2), sources);
                }
            }
        }
        boolean reciprocal = (pair && targets.isEmpty()) || Reciprocity.eachOther(s, p) || Reciprocity.climbed(s, finder, p);
        boolean statement = entry.flags().contains("say") && entry.type().code().root().equals("01");
        if (targets.isEmpty() && !reciprocal && !entry.targets().isEmpty() && !statement && !direct) {
            targets = others(inferred.targets(p, object, entry, sources), sources); // not "its" blockade
        }
        boolean rebuttal = entry.type().code().value().equals("016") || entry.type().code().root().equals("12");
        if (targets.isEmpty() && rebuttal) { // "a charge both Phnom Penh and Beijing deny": whoever made it
            targets = others(Rebuttals.chargers(s, finder, p), sources);
        }
        if (targets.isEmpty() && entry.type().code().value().equals("016")) {
            targets = discourse.deeds().accusersOf(sources); // "Yerevan denied the claim": whose claim
        }
        if (targets.isEmpty() && entry.type().code().value().equals("055")) {
            targets = discourse.deeds().victimsOf(sources); // "an incident for which Baku apologised"
        }
        if (targets.isEmpty() && !reciprocal && entry.type().code().root().equals("03")) {
            targets = discourse.counterpartOf(sources); // "in return, Trump pledged security guarantees"
        }
        if (targets.isEmpty() && entry.type().code().root().equals("12")) { // "Kiev refused to pay": whom it refused
            targets = discourse.deeds().offendersOf(sources);
        }
        if (targets.isEmpty() && entry.flags().contains("redress")) {
            targets = discourse.deeds().offendersOf(sources); // "Sharif vowed to avenge every drop of blood": India
            // "Spain accused Morocco of aggression ... Rabat recalled its ambassador": an accusation is a wrong too
            targets = targets.isEmpty() ? discourse.deeds().accusersOf(sources) : targets;
        }
        if (sources.isEmpty() && (passive || modified >= 0)) { // "journalists sentenced ... in North Korea"
            sources = Custodians.of(s, args, p, entry, targets, discourse.deeds());
        }
        if (visit) { // "flew home to London": no visit to one's own country
            List<ActorMention> visitors = sources;
            targets = targets.stream().filter(t -> visitors.stream().noneMatch(x -> x.entity().code().country() != null
                    && x.entity().code().country().equals(t.entity().code().country()))).toList();
        }
        return new Roles(sources, targets, reciprocal);
    }

    /** Criticism, approval and rejection: their object is a thing done. */
    private static boolean judging(LexiconEntry entry) {
        return Set.of("05", "11", "12").contains(entry.type().code().root()) && entry.objects().isEmpty();
    }

    /** "condemned it", "welcomed this": an object pronoun that stands for a thing done, not an actor. */
    private boolean pronounObject(int p) {
        for (Dependency d : s.children(p)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase();
            if (d.base().equals("obj") && Set.of("it", "this", "that").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The entry's word is the verb the object is told to do ("urged Kenya to respect"): the object is the target. */
    private boolean toldTo(int p, LexiconEntry entry) {
        return !entry.objects().isEmpty() && !entry.targets().contains("obj") && s.children(p).stream()
                .anyMatch(d -> EntryMatcher.toldVerb(s, d) && entry.objects().contains(s.tokens().get(d.dependent()).lemma().toLowerCase()));
    }

    /** The source itself, or the bare state of a source's country ("Russian territory" for Putin). */
    private static boolean ownState(ActorMention target, List<ActorMention> sources) {
        for (ActorMention x : sources) {
            String iso = x.entity().code().country();
            boolean bare = target.entity().id().startsWith("country:") && iso != null
                    && iso.equals(target.entity().code().country());
            if (bare || x.entity().id().equals(target.entity().id())) {
                return true;
            }
        }
        return false;
    }

    /** The object is what the entry fires: "missiles were fired" names a weapon, not a victim. */
    private boolean weapon(LexiconEntry entry, int object) {
        String root = entry.type().code().root();
        return (root.equals("19") || root.equals("20")) && entry.objects().contains(s.tokens().get(object).lemma().toLowerCase());
    }

    /**
     * Force used somewhere falls on the first other country named there, not on the source's own, and on the
     * countries conjoined with it ("bases in Zimbabwe, Botswana and Zambia").
     */
    private List<ActorMention> foreign(List<ActorMention> candidates, List<ActorMention> sources) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention c : candidates) {
            String iso = c.entity().code().country();
            boolean own = sources.stream().anyMatch(x -> iso.equals(x.entity().code().country()));
            if (!own && (out.isEmpty() || conjoined(out.get(0).head(), c.head()))) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean conjoined(int first, int other) {
        return s.children(first).stream().anyMatch(d -> d.base().equals("conj") && d.dependent() == other);
    }

    static List<ActorMention> others(List<ActorMention> targets, List<ActorMention> sources) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention t : targets) {
            if (sources.stream().noneMatch(x -> x.entity().id().equals(t.entity().id()))) {
                out.add(t);
            }
        }
        return out;
    }

    /** "called on Russia": the parser may read the preposition as a particle and the actor as object. */
    private boolean hasParticle(int p, String word) {
        return s.children(p).stream().anyMatch(d -> d.relation().equals("compound:prt") && s.tokens().get(d.dependent()).lemma().equals(word));
    }

    /** The one who accuses or blames another of this act: the likely victim of force. */
    private List<ActorMention> accusers(int p) {
        for (Dependency d : s.parents(p)) {
            if (d.governor() >= 0 && Agents.chargeClause(s, d) && !finder.objectController(d.governor()).isEmpty()
                    && !finder.hasAnySubject(p)) {
                List<ActorMention> subjects = finder.verbSources(d.governor(), 3);
                subjects = subjects.isEmpty() ? args.children(d.governor(), x -> x.relation().equals("obl:agent")
                        || x.relation().equals("obl:by")) : subjects;
                // "accused by Syria and Russia of carrying out an air strike": the first named is the one struck
                return subjects.isEmpty() ? subjects : List.of(subjects.get(0));
            }
        }
        return List.of();
    }

    /**
     * The actors of an event.
     *
     * @param sources who acts
     * @param targets who is acted upon; empty when none was found
     * @param reciprocal the sources act on each other ("accused each other", "talks between A and B")
     */
    public record Roles(List<ActorMention> sources, List<ActorMention> targets, boolean reciprocal) {
        public Roles {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }
    }
}
