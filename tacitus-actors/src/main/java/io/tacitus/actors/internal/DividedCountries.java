// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The halves of a divided country, named as the text names them once the country is in the story: "the
 * North" and "the South" (the two Koreas, Sudan and South Sudan), "both Koreas", "the two Koreas", and the
 * first half of "North and South Korea".
 */
public final class DividedCountries {
    private record Divide(String north, String south, String plural) {
    }

    private static final List<Divide> DIVIDES = List.of(new Divide("PRK", "KOR", "koreas"), new Divide("SDN", "SSD", "sudans"));

    private DividedCountries() {
    }

    /**
     * How many actors token i names as a half or the pair of a divided country, whatever the story: 1 for "the
     * North", 2 for "Koreas", else 0 (for the parse gate, which reads no story).
     */
    public static int references(List<Token> tokens, int i) {
        String w = tokens.get(i).word();
        if (half(tokens, i) || elliptic(tokens, i) != null) {
            return 1;
        }
        return DIVIDES.stream().anyMatch(d -> w.equalsIgnoreCase(d.plural())) ? 2 : 0;
    }

    /** "the North", "the South": a capitalised half after "the", not a name ("the South China Sea"). */
    private static boolean half(List<Token> tokens, int i) {
        boolean definite = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the");
        return definite && Set.of("North", "South").contains(tokens.get(i).word()) && tokens.get(i).tag().startsWith("NNP")
                && (i + 1 >= tokens.size() || !tokens.get(i + 1).tag().startsWith("NNP"));
    }

    /** "North and South Korea": the first half, whose country word is left out; its divide, or null. */
    private static Divide elliptic(List<Token> tokens, int i) {
        if (i + 3 >= tokens.size() || !Set.of("North", "South").contains(tokens.get(i).word())
                || !tokens.get(i + 1).word().equals("and")) {
            return null;
        }
        String other = tokens.get(i).word().equals("North") ? "South" : "North";
        String country = tokens.get(i + 3).word().toLowerCase();
        return tokens.get(i + 2).word().equals(other)
                ? DIVIDES.stream().filter(d -> d.plural().equals(country + "s")).findFirst().orElse(null) : null;
    }

    /**
     * The mentions token i starts: "the North" ("the North's guns"), or the pair of "both Koreas"; empty when
     * the word is something else or neither half is in the story ({@code inStory} tells which countries are).
     */
    static List<ActorMention> at(List<Token> tokens, int i, Predicate<String> inStory) {
        String w = tokens.get(i).word();
        boolean half = half(tokens, i);
        List<ActorMention> out = new ArrayList<>();
        Divide named = elliptic(tokens, i);
        if (named != null) {
            // headed on the country word, with the named half: "North and South Korea" is two parties at "Korea"
            out.add(new ActorMention(i, i + 4, i + 3, w, country(w.equals("North") ? named.north() : named.south()), "divided:elliptic"));
            return out;
        }
        for (Divide d : DIVIDES) {
            if (!inStory.test(d.north()) && !inStory.test(d.south())) {
                continue;
            }
            if (half) {
                String iso = w.equals("North") ? d.north() : d.south();
                out.add(new ActorMention(i - 1, i + 1, i, "the " + w, country(iso), "coref:divided"));
            } else if (w.equalsIgnoreCase(d.plural())) {
                int start = i > 0 && Set.of("both", "two").contains(tokens.get(i - 1).word().toLowerCase()) ? i - 1 : i;
                for (String iso : List.of(d.north(), d.south())) {
                    out.add(new ActorMention(start, i + 1, i, tokens.get(i).word(), country(iso), "coref:pair+divided"));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static ActorEntity country(String iso) {
        return ActorEntity.undated("country:" + iso, null, new ActorCode(iso, null));
    }
}
