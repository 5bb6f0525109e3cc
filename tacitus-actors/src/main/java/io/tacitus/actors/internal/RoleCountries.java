// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Location;
import io.tacitus.api.PlaceResolver;
import io.tacitus.api.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The country of a role named without one ("government forces", "protesters", "230 people in Gaza"). One
 * instance per document: it remembers the country each role word was given ("the emir's palace in Kuwait
 * City ... The emir fled to Saudi Arabia": still Kuwait's emir).
 */
final class RoleCountries {
    private final Map<String, String> given = new HashMap<>();
    private final Map<String, String> givenRole = new HashMap<>();
    private static final Set<String> CREEDS = Set.of("islamist", "islamic", "jihadist", "maoist", "marxist", "communist",
            "christian", "muslim", "sunni", "shia", "shiite", "catholic", "hindu", "buddhist", "leftist", "rightist");
    private static final Set<String> SIDES = Set.of("MIL", "REB", "INS", "COP", "CVL", "OPP", "SEP", "UAF");
    private static final Set<String> ARMED_OPPOSITION = Set.of("REB", "INS", "SEP", "UAF");
    private static final Set<String> STATES = Set.of("country", "nation", "state", "government");
    private String lastForce;
    /** The country of the last place the story is told in ("in Khartoum", "in Mexico City"). */
    private String setting;
    /** Roles that belong to where they are: police, crowds, civilians, students. */
    private static final Set<String> LOCAL = Set.of("COP", "CVL", "EDU");
    private final PlaceResolver places;

    RoleCountries(PlaceResolver places) {
        this.places = places;
    }

    /**
     * A role without a country ("government forces", "police", "protesters", "rebels") belongs to the
     * country the text is about: the nearest country named before it in the sentence, else the country
     * named most often so far in the document ({@code named} counts them), other than the countries it acts on.
     * Its entity id keeps the provenance ("role:MIL@SYR").
     */
    List<ActorMention> localised(Sentence s, List<ActorMention> mentions, Map<String, Integer> named) {
        List<ActorMention> out = new ArrayList<>();
        String where = setting(s, mentions);
        setting = where != null ? where : setting;
        for (ActorMention m : mentions) {
            String word = s.tokens().get(m.head()).lemma().toLowerCase(Locale.ROOT);
            if (m.entity().code().country() != null && !m.entity().isPerson()) {
                side(m.entity().code().role(), m.entity().code().country()); // "Boko Haram fighters ... the militants"
            }
            if (m.entity().id().startsWith("group:") && m.entity().code().country() != null) {
                given.put(word, m.entity().code().country());
                if ("MIL".equals(m.entity().code().role()) && !m.via().contains("+context:")) {
                    lastForce = m.entity().code().country(); // "South African commandos ... helicopter-borne troops"
                }
            }
            if (!m.entity().id().startsWith("role:") || hasOwnCountry(s, m, mentions) || unknownNationality(s, m, mentions)) {
                out.add(m);
                continue;
            }
            String iso = countryIn(s, m, mentions); // "people in Gaza"
            iso = iso != null ? iso : ownedBy(s, m.head(), m, mentions, 3); // "Admiral Keating, head of the U.S. Pacific Command"
            boolean definite = m.start() > 0 && s.tokens().get(m.start() - 1).word().equalsIgnoreCase("the");
            iso = iso == null && definite ? given.get(word) : iso; // "The emir, Sheikh Jaber, fled to Saudi Arabia"
            // "Troops of the presidential guard and Hutu militias ... Clinton called on the army and the rebels": the
            // story's last side of that role, not the country of whoever speaks of it
            iso = iso == null && definite ? givenRole.get(family(m.entity().code().role())) : iso;
            // a force named without a country in a sentence that names only places: the story's last named force
            boolean placesOnly = mentions.stream().noneMatch(x -> x.end() <= m.start() && x.entity().code().country() != null
                    && !x.entity().id().startsWith("role:"));
            if (iso == null && placesOnly && "MIL".equals(m.entity().code().role()) && lastForce != null) {
                iso = lastForce;
            }
            // what it deals with matters only when nothing before gave a country
            Set<String> counterparts = iso == null ? NearestCountry.counterparts(s, mentions, m) : Set.of();
            boolean local = LOCAL.contains(m.entity().code().role());
            // "Addressing Friday prayers in Tehran, ... demonstrators marched on the German embassy": Tehran's crowds
            iso = iso == null && local && where != null && !counterparts.contains(where) ? where : iso;
            iso = iso != null ? iso : NearestCountry.of(s, mentions, m, placeNamed(s, mentions));
            // "crowds stormed the German mission in Khartoum ... police fired tear gas": the police of where it happens
            if (iso == null && local && setting != null && !counterparts.contains(setting)) {
                iso = setting;
            }
            if (iso == null) { // "The junta ordered out the French envoy": not France's junta
                iso = mostNamed(named, counterparts);
            }
            if (iso == null) {
                out.add(m);
                continue;
            }
            String role = m.entity().code().role();
            ActorEntity e = ActorEntity.undated("group:" + iso + ":" + role, null, new ActorCode(iso, role));
            out.add(new ActorMention(m.start(), m.end(), m.head(), m.text(), e, m.via() + "+context:" + iso));
            given.putIfAbsent(word, iso);
            side(role, iso);
        }
        return out;
    }

    /** The country named most often so far, other than those excluded; null if none. */
    private static String mostNamed(Map<String, Integer> named, Set<String> excluded) {
        String best = null;
        int most = 0;
        for (var e : named.entrySet()) {
            if (e.getValue() > most && !excluded.contains(e.getKey())) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Remembers the country of a side in a domestic conflict (forces, rebels, police, protesters). */
    private void side(String role, String iso) {
        if (role != null && SIDES.contains(role)) {
            givenRole.put(family(role), iso);
        }
    }

    /** Rebels, insurgents, separatists and unidentified gunmen are one side: "Islamist rebels ... the militants". */
    static String family(String role) {
        return role != null && ARMED_OPPOSITION.contains(role) ? "REB" : role;
    }

    /**
     * A group named by "ethnic" and a nationality ("ethnic Armenian separatists" in Azerbaijan, "ethnic
     * Russians"): a people, not a state's side, so it keeps its role (or CAMEO's ETH) and no country.
     */
    static ActorMention ethnic(Sentence s, ActorMention m) {
        boolean ethnic = m.start() > 0 && s.tokens().get(m.start() - 1).word().equalsIgnoreCase("ethnic")
                && m.entity().code().country() != null && !m.entity().isPerson();
        if (!ethnic) {
            return m;
        }
        String role = m.entity().code().role() != null ? m.entity().code().role() : "ETH";
        ActorEntity e = ActorEntity.undated("ethnic:" + m.entity().code().country() + ":" + role, null, new ActorCode(null, role));
        return new ActorMention(m.start(), m.end(), m.head(), m.text(), e, m.via() + "+ethnic");
    }

    /** "the leaders of Australia", "Syria's rebels", "police officers from the UAE": the parse gives the role its country. */
    private static boolean hasOwnCountry(Sentence s, ActorMention m, List<ActorMention> mentions) {
        for (Dependency d : s.children(m.head())) {
            if (Set.of("nmod:of", "nmod:from", "nmod:poss").contains(d.relation()) || d.base().equals("amod")) {
                for (ActorMention other : mentions) {
                    if (other != m && other.covers(d.dependent()) && other.entity().code().country() != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Kurdish commander Mazloum Abdi", "Tigrayan forces": a proper adjective or name before the role that
     * names no known actor gives it a nationality we do not know, so no country from context is guessed.
     */
    private static boolean unknownNationality(Sentence s, ActorMention m, List<ActorMention> mentions) {
        for (Dependency d : s.children(m.head())) { // "the defence chiefs of a dozen countries"
            if (d.relation().equals("nmod:of") && STATES.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int t = m.start() - 1; t >= 0 && t >= m.start() - 2; t--) {
            var token = s.tokens().get(t);
            if (Set.of("foreign", "international", "multinational", "western", "allied").contains(token.word().toLowerCase(Locale.ROOT))) {
                return true; // "the departure of all foreign troops" are not the country's own
            }
            // "Islamist rebels", "Maoist guerrillas": a creed, not a nationality
            boolean capital = !token.word().isEmpty() && Character.isUpperCase(token.word().charAt(0))
                    && !CREEDS.contains(token.word().toLowerCase(Locale.ROOT));
            boolean proper = capital && ((token.tag().equals("JJ") && token.word().matches(".*(an|ish|ese|i)"))
                    || (token.tag().startsWith("NNP") && t > 0));
            final int at = t;
            if (proper && mentions.stream().noneMatch(x -> x.covers(at))) {
                return true;
            }
            if (!token.tag().equals("JJ") && !token.tag().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /** The country of an "in" modifier of the role ("230 people in Gaza", "protesters in Minsk", "police in Karachi"). */
    private String countryIn(Sentence s, ActorMention m, List<ActorMention> mentions) {
        for (Dependency d : s.children(m.head())) {
            if (d.relation().equals("nmod:in")) {
                for (ActorMention other : mentions) {
                    if (other.covers(d.dependent()) && other.entity().code().country() != null) {
                        return other.entity().code().country();
                    }
                }
                String place = placeAt(s, mentions, d.dependent());
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /** The country named in the role's apposition or "of" phrase, through their modifiers ("of the U.S. Pacific Command"). */
    private static String ownedBy(Sentence s, int token, ActorMention m, List<ActorMention> mentions, int depth) {
        for (Dependency d : depth <= 0 ? List.<Dependency>of() : s.children(token)) {
            boolean through = d.base().equals("appos") || d.relation().equals("nmod:of") || d.base().equals("compound")
                    || d.relation().equals("nmod:poss") || d.base().equals("amod");
            if (!through || m.covers(d.dependent())) {
                continue;
            }
            for (ActorMention other : mentions) {
                if (other != m && other.covers(d.dependent()) && other.entity().code().country() != null) {
                    return other.entity().code().country();
                }
            }
            String below = ownedBy(s, d.dependent(), m, mentions, depth - 1);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** The country of the first place named after "in" or "at" in the sentence, a capital or a country included. */
    private String setting(Sentence s, List<ActorMention> mentions) {
        for (int t = 1; t < s.tokens().size(); t++) {
            if (!Set.of("in", "at").contains(s.tokens().get(t - 1).word()) || modifierPlace(s, t)) {
                continue;
            }
            final int at = t;
            for (ActorMention m : mentions) {
                String id = m.entity().id();
                if (m.start() == at && (id.startsWith("capital:") || id.startsWith("country:"))) {
                    return m.entity().code().country();
                }
            }
            String iso = placeAt(s, mentions, t);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    /** "crowds enraged by a film made in the United States": a place inside a past participle modifying a noun. */
    private static boolean modifierPlace(Sentence s, int t) {
        for (Dependency d : s.parents(t)) {
            int g = d.governor();
            if (g >= 0 && s.tokens().get(g).tag().equals("VBN") && s.parents(g).stream().anyMatch(x -> x.relation().equals("acl"))) {
                return true;
            }
        }
        return false;
    }

    /** The country of the first place the gazetteer knows named right after "in" in the sentence ("in Istanbul"). */
    private String placeNamed(Sentence s, List<ActorMention> mentions) {
        for (int t = 1; t < s.tokens().size(); t++) {
            if (s.tokens().get(t - 1).word().equals("in")) {
                String iso = placeAt(s, mentions, t);
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
    }

    /** The country of the proper name at token t, when no actor covers it and the gazetteer knows it. */
    private String placeAt(Sentence s, List<ActorMention> mentions, int t) {
        if (!s.tokens().get(t).tag().equals("NNP") || mentions.stream().anyMatch(x -> x.covers(t))) {
            return null;
        }
        int start = t;
        while (start > 0 && s.tokens().get(start - 1).tag().equals("NNP")) {
            start--;
        }
        int end = t + 1;
        while (end < s.tokens().size() && s.tokens().get(end).tag().equals("NNP")) {
            end++;
        }
        return places.resolve(s.span(start, end), Set.of()).map(Location::country).orElse(null);
    }
}
