// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.actors.Phrase;
import io.tacitus.actors.PhraseKind;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary phrases in a token sequence: longest match first. Names match case-sensitively
 * (so "US" is not "us"), or case-blind when the text is in capitals ("RUSSIA"); role nouns match
 * case-blind. Immutable and thread-safe.
 */
public final class PhraseIndex {
    private static final Comparator<Phrase> LONGEST_FIRST =
            Comparator.<Phrase>comparingInt(p -> -p.words().size()).thenComparing(Phrase::kind);
    private final Map<String, List<Phrase>> names = new HashMap<>();
    private final Map<String, List<Phrase>> roles = new HashMap<>();

    public PhraseIndex(List<Phrase> phrases) {
        for (Phrase p : phrases) {
            add(p);
            for (List<String> variant : hyphenVariants(p.words(), 0)) {
                if (!variant.equals(p.words())) {
                    add(new Phrase(variant, p.kind(), p.entity(), p.role(), p.entry()));
                }
            }
        }
        names.values().forEach(l -> l.sort(LONGEST_FIRST));
        roles.values().forEach(l -> l.sort(LONGEST_FIRST));
    }

    /**
     * The tokenizer keeps some hyphenated words whole ("Vice-President", "ex-president"), splits others
     * ("president - elect") and splits some only in part ("Lashkar - e-Taiba"), so a phrase with hyphens is
     * indexed with each hyphen from position {@code from} on either joined or split.
     */
    private static List<List<String>> hyphenVariants(List<String> words, int from) {
        for (int i = Math.max(from, 1); i + 1 < words.size(); i++) {
            if (words.get(i).equals("-")) {
                List<String> joined = new ArrayList<>(words.subList(0, i - 1));
                joined.add(words.get(i - 1) + "-" + words.get(i + 1));
                joined.addAll(words.subList(i + 2, words.size()));
                List<List<String>> out = new ArrayList<>(hyphenVariants(words, i + 1));
                out.addAll(hyphenVariants(joined, i));
                return out;
            }
        }
        return List.of(words);
    }

    private void add(Phrase p) {
        boolean caseBlind = p.kind() == PhraseKind.ROLE || p.kind() == PhraseKind.NOT_ACTOR;
        Map<String, List<Phrase>> map = caseBlind ? roles : names;
        String key = caseBlind ? lower(p.words().get(0)) : p.words().get(0);
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        if (!caseBlind) {
            names.computeIfAbsent(upper(key), k -> new ArrayList<>()).add(p);
        }
    }

    /**
     * The phrases matching at a position: those of the longest matching length and, among them, of the
     * kind that takes precedence (several people may share a name), or an empty list.
     */
    public List<Phrase> match(List<Token> tokens, int at) {
        String word = norm(tokens.get(at).word());
        List<Phrase> best = new ArrayList<>();
        collect(names.get(word), tokens, at, false, best);
        if (word.length() > 3 && word.equals(upper(word))) {
            collect(names.get(word), tokens, at, true, best);
        }
        collect(roles.get(lower(word)), tokens, at, true, best);
        if (best.isEmpty() && word.indexOf('-') > 0) {
            held(word, best);
        }
        if (best.size() > 1) {
            best.sort(Comparator.comparing(Phrase::kind));
            PhraseKind top = best.get(0).kind();
            best.removeIf(p -> p.kind() != top);
        }
        return best;
    }

    /** Suffixes after which a country adjective names the holder: "British-flagged", "Russian-held". */
    private static final java.util.Set<String> HOLDER_SUFFIXES = java.util.Set.of("flagged", "owned", "registered",
            "led", "held", "controlled", "administered", "occupied", "run", "operated", "based", "made", "built");

    /** "British-flagged tanker", "US-led coalition": the country adjective before the hyphen. */
    private void held(String word, List<Phrase> best) {
        int dash = word.indexOf('-');
        String head = word.substring(0, dash);
        String suffix = word.substring(dash + 1).toLowerCase(Locale.ROOT);
        List<Phrase> candidates = names.get(head);
        if (candidates == null || !HOLDER_SUFFIXES.contains(suffix)) {
            return;
        }
        for (Phrase p : candidates) {
            if (p.words().size() == 1 && (p.kind() == PhraseKind.ADJECTIVE || p.kind() == PhraseKind.STATE)) {
                best.add(new Phrase(List.of(word), PhraseKind.ADJECTIVE, p.entity(), null, p.entry() + ":" + suffix));
                return;
            }
        }
    }

    private static void collect(List<Phrase> candidates, List<Token> tokens, int at, boolean caseBlind,
                                List<Phrase> best) {
        if (candidates == null) {
            return;
        }
        for (Phrase p : candidates) {
            int n = p.words().size();
            if (!best.isEmpty() && n < best.get(0).words().size()) {
                return;
            }
            if (matches(p, tokens, at, caseBlind)) {
                if (!best.isEmpty() && n > best.get(0).words().size()) {
                    best.clear();
                }
                if (!best.contains(p)) {
                    best.add(p);
                }
            }
        }
    }

    private static boolean matches(Phrase p, List<Token> tokens, int at, boolean caseBlind) {
        List<String> w = p.words();
        if (at + w.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < w.size(); i++) {
            String t = norm(tokens.get(at + i).word());
            if (caseBlind ? !t.equalsIgnoreCase(w.get(i)) : !t.equals(w.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String norm(String word) {
        return word.replace('’', '\'');
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
