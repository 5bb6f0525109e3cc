// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Location;
import io.tacitus.api.PlaceResolver;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where an event happened: a place under a locative preposition of the predicate ("met in Lima"), or of
 * a noun it governs ("at a summit in Osaka, Japan"). A name is tried as written and with its neighbours
 * ("Sea of Azov", "Buenos Aires"); a country next to it ("Osaka, Japan") and the countries named in the
 * sentence are hints for the gazetteer. A state used as a place gives a country-level location (no
 * coordinates). One instance per sentence.
 */
public final class PlaceFinder {
    /** Prepositions that introduce an occasion whose place is the event's ("during a summit in Osaka"). */
    private static final Set<String> SETTINGS = Set.of("at", "during", "on_sidelines_of", "on", "ahead_of", "under");
    private final Arguments args;
    private final Sentence s;
    private final PlaceResolver resolver;

    private final Set<String> documentPlaces;

    /**
     * @param documentPlaces countries the article names as places ("in Peru"), in order: hints for the
     *                       gazetteer after the place's own apposition ("Osaka, Japan")
     */
    public PlaceFinder(Arguments args, PlaceResolver resolver, Set<String> documentPlaces) {
        this.args = args;
        this.s = args.sentence();
        this.resolver = resolver;
        this.documentPlaces = documentPlaces;
    }

    /**
     * The cities an article names as places, by country, first mention first: a country-level place
     * ("a summit got under way in Peru") becomes the city named in the same country ("the summit in Lima").
     */
    public static Map<String, Location> placeCities(List<Sentence> sentences, List<List<ActorMention>> mentions,
                                                    PlaceResolver resolver, Set<String> countries) {
        Map<String, Location> out = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            Arguments a = new Arguments(sentence, mentions.get(i));
            for (var d : sentence.dependencies()) {
                var t = sentence.tokens().get(d.dependent());
                List<ActorMention> here = a.at(d.dependent());
                boolean capital = !here.isEmpty() && here.stream().allMatch(m -> m.entity().id().startsWith("capital:"));
                if (a.isPlace(d) && t.tag().startsWith("NNP") && (here.isEmpty() || capital)) {
                    Set<String> hints = new LinkedHashSet<>();
                    here.forEach(m -> hints.add(m.entity().code().country()));
                    hints.addAll(countries);
                    resolver.resolve(t.word(), hints).filter(l -> l.lat() != null && l.country() != null)
                            .ifPresent(l -> out.putIfAbsent(l.country(), l));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern DATELINE =
            java.util.regex.Pattern.compile("^(?:[^\\n]*\\n\\s*\\n)?\\s*([A-Z][A-Z.'\\- ]{2,40}?)\\s*(?:,|\\(|—|–)");

    /**
     * The dateline's place ("OSAKA, June 29 —" at the start of the body, after an optional title), or
     * null: where the report was filed, the place of events of the day that name no place of their own.
     */
    public static Location dateline(String text, PlaceResolver resolver) {
        java.util.regex.Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return null;
        }
        return resolver.resolve(m.group(1).strip(), Set.of()).filter(l -> l.lat() != null).orElse(null);
    }

    /** The countries an article names as places: states under locative prepositions, in text order. */
    public static Set<String> placeCountries(List<Sentence> sentences, List<List<ActorMention>> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            Arguments a = new Arguments(sentences.get(i), mentions.get(i));
            for (ActorMention m : mentions.get(i)) {
                boolean place = sentences.get(i).parents(m.head()).stream().anyMatch(a::isPlace);
                if (place && m.entity().id().startsWith("country:")) {
                    out.add(m.entity().code().country());
                }
            }
        }
        return out;
    }

    /**
     * The place of the predicate at p; with {@code objectToo}, also the place of its object ("struck nine
     * sites in Pakistan"), which for force used on things is where the force was used.
     */
    public Location find(int p, boolean objectToo) {
        List<Integer> tokens = new ArrayList<>(args.placeTokens(p));
        if (tokens.isEmpty()) {
            for (Dependency d : s.children(p)) {
                boolean setting = SETTINGS.contains(d.marker());
                boolean object = objectToo && (d.base().equals("obj") || d.relation().startsWith("nsubj:pass"));
                if ((setting || object) && s.tokens().get(d.dependent()).isNoun()) {
                    tokens.addAll(args.placeTokens(d.dependent())); // "at a summit in Osaka"
                }
                if (object) {
                    tokens.addAll(namedObject(d.dependent())); // "shelled Kharkiv", "struck the port of Odesa"
                }
                // "in the mountains of northern Iraq"; not "into target zones off the ports of Keelung", at sea
                if (WITHIN.contains(d.marker()) && !s.tokens().get(d.dependent()).tag().startsWith("NNP")) {
                    for (Dependency x : s.children(d.dependent())) {
                        if (x.relation().equals("nmod:of") && s.tokens().get(x.dependent()).tag().startsWith("NNP")) {
                            tokens.add(x.dependent());
                        }
                    }
                }
            }
        }
        for (int t : tokens) {
            Location l = locate(t);
            if (l != null) {
                return l;
            }
        }
        for (Dependency d : s.children(p)) {
            if (d.base().equals("advcl") && Set.of("as", "while", "when").contains(d.marker())) {
                return find(d.dependent(), false); // "spoke with Putin as a summit got under way in Peru"
            }
        }
        return null;
    }

    /** A force's object that is itself a place name, or a common noun naming one with "of". */
    private List<Integer> namedObject(int object) {
        List<Integer> out = new ArrayList<>();
        if (s.tokens().get(object).tag().startsWith("NNP") && args.at(object).isEmpty()) {
            out.add(object);
        }
        for (Dependency d : s.children(object)) {
            if (d.relation().equals("nmod:of") && s.tokens().get(d.dependent()).tag().startsWith("NNP")
                    && args.at(d.dependent()).isEmpty()) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Prepositions that put an event inside a place named by a common noun ("in the mountains of northern Iraq"). */
    private static final Set<String> WITHIN = Set.of("in", "inside", "near", "at");

    /**
     * The reading of the place's name in one of the given countries (those the document names), if it has one:
     * "Bor" in a story about South Sudan is South Sudan's Bor, not Russia's; else the place as it was.
     */
    public Location among(Location place, Set<String> countries) {
        if (place == null || place.country() == null || countries.contains(place.country()) || place.text() == null) {
            return place;
        }
        Location other = resolver.resolve(place.text(), countries).orElse(null);
        return other != null && countries.contains(other.country()) ? other : place;
    }

    private Location locate(int t) {
        Set<String> hints = hints(t);
        for (ActorMention m : args.at(t)) {
            if (m.entity().id().startsWith("country:")) {
                return new Location(m.entity().name() == null ? m.text() : m.entity().name(),
                        m.entity().code().country(), null, null, m.text());
            }
        }
        for (int[] span : spans(t)) {
            String name = s.span(span[0], span[1]);
            Optional<Location> l = resolver.resolve(name, hints);
            if (l.isPresent()) {
                return l.get();
            }
        }
        return null;
    }

    /** Candidate spans around the token, longest first: "Sea of Azov", "Buenos Aires", "Lima". */
    private List<int[]> spans(int t) {
        int start = t;
        int end = t + 1;
        List<Token> tk = s.tokens();
        while (start > 0 && (tk.get(start - 1).tag().startsWith("NNP") || tk.get(start - 1).word().equals("of"))
                && start > t - 3) {
            start--;
        }
        while (end < tk.size() && (tk.get(end).tag().startsWith("NNP") || tk.get(end).word().equals("of")) && end < t + 4) {
            end++;
        }
        while (start < t && !tk.get(start).tag().startsWith("NNP")) {
            start++;
        }
        while (end > t + 1 && !tk.get(end - 1).tag().startsWith("NNP")) {
            end--;
        }
        List<int[]> out = new ArrayList<>();
        for (int len = end - start; len >= 1; len--) {
            for (int a = start; a + len <= end; a++) {
                if (a <= t && a + len > t) {
                    out.add(new int[] {a, a + len});
                }
            }
        }
        return out;
    }

    /** A country in apposition or after a comma ("Osaka, Japan") first, then the article's place countries. */
    private Set<String> hints(int t) {
        Set<String> out = new LinkedHashSet<>();
        for (Dependency d : s.children(t)) {
            if (d.base().equals("appos") || d.base().equals("nmod") || d.base().equals("conj")) {
                for (ActorMention m : args.at(d.dependent())) {
                    if (m.entity().code().country() != null) {
                        out.add(m.entity().code().country());
                    }
                }
            }
        }
        out.addAll(documentPlaces); // not the actors' countries: Obama in Lima is still in Peru
        return out;
    }
}
