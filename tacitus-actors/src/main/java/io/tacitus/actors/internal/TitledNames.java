// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People the dictionary does not know, named after their title: "Foreign Minister Anifah Aman", "Indonesian
 * police spokesman Boy Rafli Amar". Once the title has a country (its own or the story's), the name becomes a
 * person of that office for the rest of the document, so that "Anifah urged" and "he said" find them
 * ({@link Surnames}, the pronoun rules). Stateless.
 */
final class TitledNames {
    private TitledNames() {
    }

    /** The mentions, with each office that ends in a name turned into that named person. */
    static List<ActorMention> persons(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            ActorCode code = m.entity().code();
            String title = title(m.via());
            int start = title == null || m.entity().isPerson() || code.country() == null || code.role() == null
                    || !m.entity().id().startsWith("group:") ? m.end() : nameStart(s.tokens(), m, title);
            if (start >= m.end()) {
                out.add(m);
                continue;
            }
            String name = s.span(start, m.end());
            String last = title.substring(title.lastIndexOf(' ') + 1);
            ActorEntity person = AppositiveNames.textPerson(name, code, last);
            out.add(new ActorMention(m.start(), m.end(), m.head(), m.text(), person, m.via() + "+titled"));
        }
        return out;
    }

    /** The office's words as the role table has them ("roles.tsv:foreign minister"), or null. */
    private static String title(String via) {
        int at = via.indexOf("roles.tsv:");
        if (at < 0) {
            return null;
        }
        int end = via.indexOf('+', at);
        return via.substring(at + "roles.tsv:".length(), end < 0 ? via.length() : end);
    }

    /**
     * Where the name at the end of the mention starts: the capitalised proper nouns after the last word of the
     * title; the end of the mention if there is none.
     */
    private static int nameStart(List<Token> t, ActorMention m, String title) {
        Set<String> words = Arrays.stream(title.split(" ")).collect(Collectors.toSet());
        int start = m.end();
        while (start > m.start() && name(t.get(start - 1)) && !words.contains(t.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            start--;
        }
        boolean afterTitle = start > m.start() && words.contains(t.get(start - 1).word().toLowerCase(Locale.ROOT));
        return afterTitle && m.end() - start <= 4 ? start : m.end();
    }

    private static boolean name(Token t) {
        return AppositiveNames.properName(t) && t.word().length() > 1; // not an initial
    }
}
