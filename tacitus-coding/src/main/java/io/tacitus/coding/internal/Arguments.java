// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the actors that fill a predicate's argument positions in one parsed sentence. Actors are the
 * sentence's mentions; a mention governed by a locative preposition ("in Japan") is a place and is
 * never taken as an argument except through an explicit target slot. One instance per sentence.
 */
public final class Arguments {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "off", "outside", "inside", "across",
            "throughout", "within", "around", "during", "along", "amid", "beyond");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss");
    private static final Set<String> QUANTITIES = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
            "score", "scores", "crowd", "group", "number", "million", "millions");
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");
    private final Sentence s;
    private final List<ActorMention> mentions;

    public Arguments(Sentence s, List<ActorMention> mentions) {
        this.s = s;
        this.mentions = List.copyOf(mentions);
    }

    public Sentence sentence() {
        return s;
    }


    /** Whether the sentence names a country's actor as a partner: "in a joint offensive with the Congolese army". */
    public boolean partner(String iso) {
        for (ActorMention m : mentions) {
            boolean with = s.parents(m.head()).stream().anyMatch(d -> (d.base().equals("obl") || d.base().equals("nmod"))
                    && "with".equals(d.marker()));
            if (with && iso.equals(m.entity().code().country())) {
                return true;
            }
        }
        return false;
    }

    /** The actors a token stands for: the mentions covering it, a role given its country ("leaders of X"). */
    public List<ActorMention> at(int token) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.covers(token)) {
                out.add(m);
            }
        }
        if (out.isEmpty() && QUANTITIES.contains(s.tokens().get(token).lemma().toLowerCase())) {
            for (Dependency d : s.children(token)) { // "thousands of coup supporters marched on the embassy"
                if (out.isEmpty() && d.relation().equals("nmod:of")) {
                    out.addAll(at(d.dependent()));
                }
            }
        }
        if (out.isEmpty() && s.tokens().get(token).isNoun()) {
            for (Dependency d : s.children(token)) { // "its top general, Qassem Soleimani"; "Krasikov, a Russian officer"
                boolean named = s.tokens().get(token).tag().startsWith("NNP") && s.tokens().get(d.dependent()).tag().startsWith("NNP");
                // "his counterpart Wang Yi", parsed as dep(counterpart, Yi)
                boolean title = d.base().equals("dep") && !s.tokens().get(token).tag().startsWith("NNP")
                        && s.tokens().get(d.dependent()).tag().startsWith("NNP") && d.dependent() > token && d.dependent() - token <= 3;
                if (out.isEmpty() && ((d.base().equals("appos") && !named) || title)) { // not "Osaka, Japan"
                    out.addAll(at(d.dependent()));
                }
            }
        }
        if (out.size() == 1 && out.get(0).entity().id().startsWith("group:")) {
            out.addAll(sharedRole(token, out.get(0))); // "American and British warships"
        }
        if (out.size() == 1 && out.get(0).entity().code().country() == null) {
            List<ActorMention> countries = new ArrayList<>();
            for (Dependency d : s.children(token)) {
                if (d.relation().equals("nmod:of") || d.relation().equals("nmod:from") || MODIFIERS.contains(d.relation())) {
                    for (ActorMention c : at(d.dependent())) {
                        if (c.entity().code().country() != null && c != out.get(0)) {
                            countries.add(withCountry(out.get(0), c.entity().code().country()));
                        }
                    }
                }
            }
            if (!countries.isEmpty()) {
                return countries;
            }
        }
        return out;
    }

    /** Other country adjectives of the same noun: each gets the group's role. */
    private List<ActorMention> sharedRole(int token, ActorMention group) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : s.children(token)) {
            if (!d.relation().equals("amod") || group.covers(d.dependent())) {
                continue;
            }
            for (ActorMention m : mentions) {
                String iso = m.entity().code().country();
                if (m.covers(d.dependent()) && m.entity().id().startsWith("country:") && iso != null
                        && !iso.equals(group.entity().code().country())) {
                    out.add(withCountry(group, iso));
                }
            }
        }
        return out;
    }

    /** Every country named below a token through arguments and modifiers, not through other clauses. */
    public List<ActorMention> countriesBelow(int token, int depth) {
        List<ActorMention> out = new ArrayList<>();
        if (depth <= 0) {
            return out;
        }
        for (Dependency d : s.children(token)) {
            String base = d.base();
            if (!Set.of("obj", "obl", "nmod", "amod", "compound", "appos").contains(base)
                    || Set.of("after", "before", "since", "despite", "over", "than").contains(d.marker())) {
                continue;
            }
            for (ActorMention m : at(d.dependent())) {
                if (m.entity().code().country() != null && !containsEntity(out, m)) {
                    out.add(m);
                }
            }
            for (ActorMention m : countriesBelow(d.dependent(), depth - 1)) {
                if (!containsEntity(out, m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static ActorMention withCountry(ActorMention role, String iso) {
        String r = role.entity().code().role();
        ActorEntity e = ActorEntity.undated("group:" + iso + ":" + r, null, new ActorCode(iso, r));
        return new ActorMention(role.start(), role.end(), role.head(), role.text(), e, role.via() + "+of:" + iso);
    }

    /** Actors of the children of a token whose relation passes the test; places are left out. */
    public List<ActorMention> children(int governor, Predicate<Dependency> relation) {
        return children(governor, relation, false);
    }

    private List<ActorMention> children(int governor, Predicate<Dependency> relation, boolean placesToo) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : s.children(governor)) {
            if (relation.test(d) && (placesToo || !isPlace(d))) {
                for (ActorMention m : at(d.dependent())) {
                    if (!containsEntity(out, m)) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Actors reached through a preposition slot the lexicon names: obl:P or nmod:P ("pointed at him"),
     * or the owner of a non-actor noun there ("commented on Finland's election", "on American journalists").
     */
    public List<ActorMention> slot(int governor, String preposition) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : s.children(governor)) {
            // or its own preposition, where the parser joined it to another phrase ("together with Canada, on four officials")
            if (!(d.base().equals("obl") || d.base().equals("nmod"))) {
                continue;
            }
            boolean own = !d.marker().equals(preposition) && !d.marker().endsWith("_" + preposition) && s.children(d.dependent())
                    .stream().anyMatch(x -> x.base().equals("case") && x.dependent() < d.dependent()
                            && s.tokens().get(x.dependent()).word().equalsIgnoreCase(preposition));
            if (d.marker().equals(preposition) || own) {
                List<ActorMention> here = at(d.dependent());
                for (ActorMention m : here.isEmpty() ? below(d.dependent(), 2) : here) {
                    if (!containsEntity(out, m)) {
                        out.add(m);
                    }
                }
            }
        }
        // "the seizure of three Ukrainian ships and their crews": a name in the slot beats a pronoun's guess
        if (out.stream().anyMatch(m -> !m.via().startsWith("coref:"))) {
            out.removeIf(m -> m.via().startsWith("coref:") && s.tokens().get(m.head()).isPronoun());
        }
        return out;
    }

    /** The slot of the noun in a noun's "of" phrase: "a note of protest to Iran", "a wave of sanctions against Kiev". */
    public List<ActorMention> ofSlot(int noun, String preposition) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : s.children(noun)) {
            if (d.relation().equals("nmod:of") && out.isEmpty()) {
                out = slot(d.dependent(), preposition);
            }
        }
        return out;
    }

    /** "a British-flagged tanker", split by the tokenizer: dep(flagged, British) before the hyphen. */
    private boolean hyphenated(Dependency d) {
        int next = d.dependent() + 1;
        return d.relation().equals("dep") && next < s.tokens().size() && s.tokens().get(next).word().equals("-");
    }

    /** The first actors found below a non-actor argument, through modifiers and "of" ("claims of US meddling"). */
    public List<ActorMention> below(int token, int depth) {
        if (depth <= 0) {
            return List.of();
        }
        List<Integer> owners = new ArrayList<>(); // "the Zimbabwean and Angolan intervention": both
        // "to its border with Belize": the other side of one's own border; not "guarded Armenia's border with Turkey"
        boolean ownBorder = BORDERS.contains(s.tokens().get(token).lemma().toLowerCase()) && s.children(token).stream()
                .noneMatch(x -> x.relation().equals("nmod:poss") && !s.tokens().get(x.dependent()).isPronoun());
        for (Dependency d : s.children(token)) {
            boolean modifier = MODIFIERS.contains(d.relation()) || d.relation().equals("nmod:of") || hyphenated(d)
                    || d.relation().equals("nmod:by") || d.relation().equals("nmod:agent") // "the attack by Chinese troops"
                    || d.relation().equals("nmod:including"); // "political prisoners, including opposition leader X"
            List<ActorMention> across = ownBorder && d.relation().equals("nmod:with") ? at(d.dependent()) : List.of();
            if (!across.isEmpty()) {
                return across;
            }
            if (modifier && !at(d.dependent()).isEmpty() && (owners.isEmpty() || Set.of("amod", "compound").contains(d.relation()))) {
                owners.add(d.dependent());
            }
        }
        if (!owners.isEmpty()) {
            return children(token, x -> owners.contains(x.dependent()));
        }
        for (Dependency d : s.children(token)) { // "a ship run by a Turkish aid group"
            int participle = d.dependent();
            boolean backed = d.base().equals("amod") && participle > 0 && s.tokens().get(participle - 1).word().equals("-");
            for (Dependency a : backed ? s.children(participle) : List.<Dependency>of()) {
                if (a.dependent() < participle - 1 && !at(a.dependent()).isEmpty()) {
                    return at(a.dependent()); // "a US-backed call to resume negotiations": the United States'
                }
            }
            if (d.base().equals("acl") && s.tokens().get(d.dependent()).tag().equals("VBN")) {
                for (Dependency a : s.children(d.dependent())) {
                    if ((a.relation().equals("obl:by") || a.relation().equals("obl:agent")) && !at(a.dependent()).isEmpty()) {
                        return at(a.dependent());
                    }
                }
            }
        }
        for (Dependency d : s.children(token)) {
            boolean through = d.relation().equals("nmod:of") || (d.base().equals("nmod") && LOCATIVE.contains(d.marker()))
                    || d.relation().equals("amod") || d.relation().equals("compound");
            if (through && at(d.dependent()).isEmpty()) {
                List<ActorMention> deeper = below(d.dependent(), depth - 1);
                if (!deeper.isEmpty()) {
                    return deeper;
                }
            }
        }
        return List.of();
    }

    /** A mention under a locative preposition ("met in Japan") is a place. */
    public boolean isPlace(Dependency d) {
        return (d.base().equals("obl") || d.base().equals("nmod")) && LOCATIVE.contains(d.marker());
    }

    /**
     * The places attached to a token: proper names under locative prepositions that are not people (the
     * gazetteer decides later whether they are places); without NER, any proper noun qualifies.
     */
    public List<Integer> placeTokens(int governor) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(governor)) {
            var t = s.tokens().get(d.dependent());
            boolean name = t.ner().equals("LOCATION") || (t.tag().startsWith("NNP") && !t.ner().equals("PERSON")
                    && !t.ner().equals("ORGANIZATION") && at(d.dependent()).isEmpty());
            boolean placeName = name
                    || at(d.dependent()).stream().anyMatch(m -> !m.entity().isPerson() && !m.via().startsWith("coref"));
            // "In March the militants ... overran Palma": a time is no place, whatever the gazetteer holds
            if (isPlace(d) && placeName && !inTime(d.dependent())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Whether the token is part of a time expression ("on Tuesday", "in March"). */
    boolean inTime(int token) {
        return s.times().stream().anyMatch(x -> x.start() <= token && token < x.end());
    }

    static boolean containsEntity(List<ActorMention> list, ActorMention m) {
        for (ActorMention x : list) {
            if (x.entity().id().equals(m.entity().id())) {
                return true;
            }
        }
        return false;
    }
}
