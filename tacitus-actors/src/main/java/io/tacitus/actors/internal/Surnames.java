// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The surnames of the people a document has named in full, for surnames the dictionary does not carry
 * because alone they mean something else: "Prime Minister Theresa May ... May told parliament", but "in May".
 * One instance per document.
 */
final class Surnames {
    /** Words before a month name: "in May", "early May", "since May". */
    private static final Set<String> TIME_BEFORE = Set.of("in", "on", "since", "until", "by", "last", "next", "early",
            "late", "mid", "of", "from", "to", "through", "this", "that", "before", "after", "during");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");
    /** Korean family names, which come first: "Kim Jong Il ... his meeting with Kim". */
    private static final Set<String> KOREAN = Set.of("Kim", "Lee", "Park", "Pak", "Choi", "Choe", "Jung", "Kang", "Cho",
            "Yoon", "Yun", "Jang", "Han", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Hong", "Moon", "Roh", "Chun", "Ban", "Ri");
    private final Map<String, ActorEntity> byWord = new HashMap<>();
    /** Given names, for the names that go by them ("Anifah Aman ... Anifah urged"): only where no surname is that word. */
    private final Map<String, ActorEntity> byGiven = new HashMap<>();

    void remember(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.entity().isPerson() && m.entity().name() != null && m.end() - m.start() >= 2) {
                String[] words = m.entity().name().split(" ");
                byWord.put(words[words.length - 1], m.entity());
                if (words.length >= 2 && m.via().endsWith("+titled")) {
                    byGiven.putIfAbsent(words[0], m.entity());
                }
                if (words.length >= 2 && (words[words.length - 1].matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+")
                        || words.length == 3 && KOREAN.contains(words[0]))) {
                    byWord.put(words[0], m.entity()); // "Kim Dae-jung ... Kim urged": the family name comes first
                }
            }
        }
    }

    /**
     * A dictionary person found by surname alone ("Mr Clinton", "Kim") who is someone else the document named in
     * full: that one ("former President Bill Clinton ... Mr Clinton", not the Clinton in office that year).
     */
    ActorMention named(Sentence s, ActorMention m) {
        if (!m.entity().isPerson()) {
            return m;
        }
        for (int i = m.start(); i < m.head(); i++) {
            if (!HONORIFICS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
                return m; // "Hillary Clinton" names herself
            }
        }
        ActorEntity earlier = byWord.get(s.tokens().get(m.head()).word());
        return earlier == null || earlier.id().equals(m.entity().id()) ? m
                : new ActorMention(m.start(), m.end(), m.head(), m.text(), earlier, "coref:surname+" + m.via());
    }

    /** The person a lone proper noun stands for, or null. */
    ActorEntity at(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(i);
        ActorEntity person = byWord.getOrDefault(t.word(), byGiven.get(t.word()));
        // "Begin told reporters", "between Begin and Sadat": a remembered surname the tagger read as a verb
        boolean capital = Character.isUpperCase(t.word().charAt(0));
        boolean verbAfter = i + 1 < tokens.size() && tokens.get(i + 1).tag().matches("VB[DZ]|MD");
        boolean named = t.tag().startsWith("NNP") || capital && (i > 0 || verbAfter);
        if (person == null || !named) {
            return null;
        }
        boolean timeBefore = i > 0 && TIME_BEFORE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
        boolean numberAfter = i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("CD");
        return timeBefore || numberAfter ? null : person;
    }
}
