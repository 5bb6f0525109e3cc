// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.PlaceResolver;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Cheap in-document reference, sentence by sentence: "the Russian leader" to the Russian head of
 * government named before; "he", "him", "his" to the most recent person (not the subject of the same
 * verb for an object pronoun); "they", "the two leaders", "both countries" to the first two people (or
 * states) of the last sentence that named two.
 * One instance per document: it remembers what was mentioned so far.
 */
public final class ReferenceResolver {
    private static final Set<String> SINGULAR = Set.of("he", "him", "his", "she", "her", "himself", "herself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");
    private static final Set<String> PAIR_NOUNS = Set.of("leaders", "presidents", "countries", "nations", "sides",
            "governments", "powers", "superpowers", "men", "states", "neighbours", "neighbors", "rivals");
    /** "each side", "each country": one of the pair named before, each in turn. */
    private static final Set<String> EACH_NOUNS = Set.of("side", "country", "government", "nation", "party", "army");
    private static final Set<String> TITLE_WORDS = Set.of("leader", "president", "counterpart", "premier",
            "head", "chancellor", "prime");

    private final LocalDate docDate;
    private final List<ActorEntity> recent = new ArrayList<>();
    private final List<ActorEntity> subjects = new ArrayList<>();
    private final Map<String, Integer> named = new HashMap<>();
    private final Surnames surnames = new Surnames();
    private final Pairs pairs;
    private final RoleCountries roleCountries;
    private final PlaceResolver places;
    private final Vehicles vehicles = new Vehicles();
    private ActorEntity official;

    public ReferenceResolver(LocalDate docDate) {
        this(docDate, PlaceResolver.none());
    }

    public ReferenceResolver(LocalDate docDate, PlaceResolver places) {
        this.docDate = docDate;
        this.roleCountries = new RoleCountries(places);
        this.places = places;
        this.pairs = new Pairs(docDate);
    }

    /** Resolves references in a sentence, given its dictionary mentions; returns all its mentions. */
    public List<ActorMention> resolve(Sentence s, List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention listed : found) {
            if (PlaceNamedLikePeople.place(s, listed, places) || Attributives.qualifier(s, listed)
                    || Attributives.partOfName(s, listed, found)) {
                continue; // "its consulate in Lagos": the city, not Ricardo Lagos; "the Egyptian-born militant"
            }
            // "ethnic Armenian separatists", before "their" is read; "Bill Clinton ... Mr Clinton" is still Bill
            ActorMention m = RoleCountries.ethnic(s, surnames.named(s, listed));
            if (Pairs.definitePluralRole(s, m)) {
                boolean states = s.tokens().get(m.head()).word().equalsIgnoreCase("governments"); // "a charge both governments deny"
                pair(out, m.start(), m.end(), m.head(), m.text(), "coref:pair+" + m.via(), states);
            } else {
                out.add(Attributives.inOpposition(s, titled(s, m), docDate)); // "opposition leader Morgan Tsvangirai"
            }
        }
        out.addAll(AppositiveNames.find(s, out)); // "France's ambassador, Joel Meyer,"
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (Antecedents.covered(out, i)) {
                continue;
            }
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            ActorEntity byName = surnames.at(s, i);
            List<ActorMention> sofar = out;
            List<ActorMention> halves = DividedCountries.at(tokens, i, iso -> named.containsKey(iso)
                    || sofar.stream().anyMatch(m -> iso.equals(m.entity().code().country())));
            ActorMention craft = vehicles.definite(s, i, out); // "the jet" after "a Russian Su-24 bomber"
            if (craft != null) {
                out.add(craft);
            } else if (!halves.isEmpty()) {
                out.addAll(halves); // "the North", "both Koreas"
            } else if (byName != null) {
                out.add(new ActorMention(i, i + 1, i, tokens.get(i).word(), byName, "coref:surname"));
            } else if (SINGULAR.contains(w) && tokens.get(i).isPronoun()) {
                List<ActorEntity> excluded = excluded(s, i, out);
                ActorEntity e = Heads.bindingSubject(s, i, out); // "Biden said he had", "Putin repeated his denial"
                e = e != null && e.isPerson() && !excluded.contains(e) ? e : null;
                boolean possessive = tokens.get(i).tag().equals("PRP$"); // "welcomed his remarks": the last speaker
                e = e == null && (isSubject(s, i) || possessive) ? lastSubjectPerson(excluded) : e;
                ActorEntity inSentence = Antecedents.lastPersonBefore(s, out, i, excluded);
                // "spoke with Macron and urged him to": an object pronoun means a person named before it in the sentence
                e = e != null || possessive || !isObject(s, i) ? e : inSentence;
                e = e != null ? e : lastPerson(excluded);
                e = e != null ? e : inSentence; // the first sentence's own
                e = e != null || official == null || excluded.contains(official) ? e : official; // "the emir ... granted him"
                if (e != null) {
                    out.add(new ActorMention(i, i + 1, i, tokens.get(i).word(), e, "coref:pronoun"));
                }
            } else if ((w.equals("it") || w.equals("its")) && tokens.get(i).isPronoun()) {
                ActorEntity e = Heads.reportingSubject(s, i, out);
                e = e == null && isSubject(s, i) ? Heads.conjoinedSubject(s, i, out) : e;
                // "Gazprom accused Ukraine ..., a day after it cut supplies": a subject "it" in a subordinate clause
                e = e == null && (w.equals("its") || isSubject(s, i)) ? Heads.mainSubject(s, i, out) : e;
                e = e != null && !e.isPerson() ? e : Antecedents.lastNonPersonBefore(out, i);
                if (e != null) {
                    out.add(new ActorMention(i, i + 1, i, tokens.get(i).word(), e, "coref:it"));
                }
            } else if (PLURAL.contains(w) && tokens.get(i).isPronoun()) {
                ActorMention group = Antecedents.pluralGroupBefore(tokens, out, i);
                List<ActorMention> tellers = Antecedents.reportingSubjects(s, out, i);
                tellers = tellers.isEmpty() ? Antecedents.possessingSubjects(s, out, i) : tellers; // "pulled their warships back"
                // "Canada and Mexico struck back after ... tariffs on their steel"
                List<ActorMention> joined = tellers.isEmpty() && group == null ? Antecedents.conjoinedStates(s, out, i) : List.of();
                tellers = tellers.isEmpty() ? joined : tellers;
                if (!tellers.isEmpty()) { // "Venezuela and Nicaragua said they were withdrawing their ambassadors"
                    for (ActorMention t : tellers) {
                        out.add(new ActorMention(i, i + 1, i, tokens.get(i).word(), t.entity(), "coref:they+" + t.via()));
                    }
                } else if (group != null) { // "Ukrainian troops said they had destroyed ..."
                    out.add(new ActorMention(i, i + 1, i, tokens.get(i).word(), group.entity(), "coref:they+" + group.via()));
                } else {
                    pair(out, i, i + 1, i, tokens.get(i).word(), "coref:plural-pronoun", false);
                }
            } else if (w.equals("each") && i + 1 < tokens.size() && EACH_NOUNS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                pair(out, i, i + 2, i + 1, s.span(i, i + 2), "coref:each", true); // "each side accused the other"
            } else if (w.equals("other") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the")
                    && Antecedents.coveredBy(out, "coref:each", i)) {
                pair(out, i - 1, i + 1, i, s.span(i - 1, i + 1), "coref:each", true);
            } else if (w.equals("country") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the")) {
                ActorMention named = Antecedents.lastCountryBefore(out, i); // "air strikes in Lebanon and a blockade on the country"
                if (named != null) {
                    out.add(new ActorMention(i - 1, i + 1, i, s.span(i - 1, i + 1), named.entity(), "coref:country+" + named.via()));
                }
            } else if ((w.equals("two") || w.equals("both")) && i + 1 <= tokens.size()) {
                int end = i + 1;
                boolean states = false;
                if (end < tokens.size() && PAIR_NOUNS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))) {
                    states = Set.of("countries", "nations", "states", "governments").contains(tokens.get(end).word().toLowerCase(Locale.ROOT));
                    end++;
                } else if (!(w.equals("two") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the")
                        && (end >= tokens.size() || !tokens.get(end).isNoun())) && !(w.equals("both") && isSubject(s, i))) {
                    continue; // but "the two", and "Both pressed the government" as a subject
                }
                for (ActorMention m : List.copyOf(out)) { // "the two prime ministers": the role is the pair
                    if (m.start() == end && m.entity().id().startsWith("role:GOV") && tokens.get(m.head()).tag().equals("NNS")) {
                        end = m.end();
                    }
                }
                final int from = i;
                final int to = end;
                out.removeIf(m -> m.entity().id().startsWith("role:") && m.start() < to && m.end() > from);
                pair(out, i, end, end - 1, s.span(i, end), "coref:pair", states);
            }
        }
        out = Antecedents.followLocalised(out, roleCountries.localised(s, out, named));
        out = TitledNames.persons(s, out); // "Foreign Minister Anifah Aman ... Anifah urged"
        remember(s, out);
        surnames.remember(out);
        vehicles.remember(s, out);
        return out;
    }

    /** "the Russian leader" / "the US president" after a named leader of that country: that person. */
    private ActorMention titled(Sentence s, ActorMention m) {
        ActorCode c = m.entity().code();
        if (!m.entity().id().startsWith("group:") || !"GOV".equals(c.role())
                || !TITLE_WORDS.contains(s.tokens().get(m.head()).word().toLowerCase(Locale.ROOT))) {
            return m;
        }
        for (int k = recent.size() - 1; k >= 0; k--) {
            ActorEntity e = recent.get(k);
            // a person named beside an office is that office only: "Bolivia's ambassador, Gustavo Guzman" is no "Bolivian leader"
            boolean otherOffice = e.id().startsWith("person:text:")
                    && !e.terms().get(0).title().equals(s.tokens().get(m.head()).lemma().toLowerCase(Locale.ROOT));
            if (e.isPerson() && c.equals(e.codeOn(docDate)) && !otherOffice) {
                return new ActorMention(m.start(), m.end(), m.head(), m.text(), e, "coref:title+" + m.via());
            }
        }
        return m;
    }

    private void pair(List<ActorMention> out, int start, int end, int head, String text, String via, boolean states) {
        List<ActorEntity> two = pairs.of(out, start, states);
        if (two.size() == 2) {
            for (ActorEntity e : two) {
                out.add(new ActorMention(start, end, head, text, e, via));
            }
        }
    }

    /** Entities an object pronoun cannot mean: the subjects of its own verb. */
    private static List<ActorEntity> excluded(Sentence s, int pronoun, List<ActorMention> mentions) {
        List<ActorEntity> out = new ArrayList<>();
        for (Dependency d : s.parents(pronoun)) {
            if (!d.base().equals("obj") && !d.base().equals("iobj") && !d.base().equals("obl")) {
                continue;
            }
            for (Dependency c : s.children(d.governor())) {
                if (c.base().equals("nsubj")) {
                    for (ActorMention m : mentions) {
                        if (m.covers(c.dependent())) {
                            out.add(m.entity());
                        }
                    }
                }
            }
        }
        return out;
    }

    private ActorEntity lastPerson(List<ActorEntity> excluded) {
        for (int k = recent.size() - 1; k >= 0; k--) {
            ActorEntity e = recent.get(k);
            if (e.isPerson() && !excluded.contains(e)) {
                return e;
            }
        }
        return null;
    }

    private void remember(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<ActorMention> participants = new ArrayList<>();
        for (ActorMention m : sorted) {
            if (m.entity().code().country() != null && !m.via().contains("context:")) {
                // a country that acts counts twice: "Malaysia said ... demonstrators in Jakarta ... Foreign Minister Anifah"
                named.merge(m.entity().code().country(), isSubject(s, m.head()) ? 2 : 1, Integer::sum);
            }
            if ((m.entity().code().country() == null && !m.entity().isPerson()) || isPlace(s, m.head())) {
                continue;
            }
            participants.add(m);
            if (m.via().startsWith("coref:pair") || m.via().startsWith("coref:plural")) {
                continue; // "their dialogue" names no one anew
            }
            recent.remove(m.entity());
            recent.add(m.entity());
            boolean singular = s.tokens().get(m.head()).tag().equals("NN");
            if (singular && m.entity().id().startsWith("group:") && Set.of("GOV", "ELI").contains(m.entity().code().role())) {
                official = m.entity(); // a single office holder named by title only ("the emir")
            }
            if (m.entity().isPerson() && isSubject(s, m.head())) {
                subjects.remove(m.entity());
                subjects.add(m.entity());
            }
        }
        pairs.remember(participants);
    }

    /** A mention under a locative preposition ("in Peru") is a place, not a discourse participant. */
    private static boolean isPlace(Sentence s, int head) {
        for (Dependency d : s.parents(head)) {
            if ((d.base().equals("obl") || d.base().equals("nmod"))
                    && Set.of("in", "at", "near", "off", "across", "to", "from", "throughout").contains(d.marker())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isObject(Sentence s, int token) {
        return s.parents(token).stream().anyMatch(d -> d.base().equals("obj") || d.base().equals("iobj"));
    }

    private static boolean isSubject(Sentence s, int token) {
        for (Dependency d : s.parents(token)) {
            if (d.base().equals("nsubj")) {
                return true;
            }
        }
        return false;
    }

    private ActorEntity lastSubjectPerson(List<ActorEntity> excluded) {
        for (int k = subjects.size() - 1; k >= 0; k--) {
            if (!excluded.contains(subjects.get(k))) {
                return subjects.get(k);
            }
        }
        return null;
    }


}
