// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.RoleTerm;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People the dictionary does not know, named next to the office that says who they are: "France's ambassador,
 * Joel Meyer," and "Joel Meyer, France's ambassador,". The name becomes a person of that office's code for the
 * rest of the document, so that a later "Meyer" is France's government too ({@link Surnames}). Only a group
 * mention with both a country and a role names the office; the name is two to five proper nouns that no other
 * mention covers, closed by a comma, a full stop or the end of the sentence. Stateless.
 */
final class AppositiveNames {
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", "who", "whose");

    private AppositiveNames() {
    }

    /** The mentions of the names that sit in apposition to an office in this sentence. */
    static List<ActorMention> find(Sentence s, List<ActorMention> mentions) {
        List<Token> t = s.tokens();
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention office : mentions) {
            ActorCode code = office.entity().code();
            if (office.entity().isPerson() || code.country() == null || code.role() == null
                    || !office.entity().id().startsWith("group:")) {
                continue;
            }
            int after = office.end(); // "France's ambassador, Joel Meyer,"
            if (after + 2 < t.size() && t.get(after).word().equals(",")) {
                int end = nameRun(t, after + 1);
                if (end - after - 1 >= 2 && (end == t.size() || CLOSERS.contains(t.get(end).word().toLowerCase(Locale.ROOT)))) {
                    add(out, s, after + 1, end, office, mentions);
                }
            }
            int before = office.start() - 1; // "Joel Meyer, France's ambassador,", "Pierre Dupont, the French minister,"
            before = before > 0 && t.get(before).tag().equals("DT") ? before - 1 : before;
            boolean closed = office.end() == t.size() || CLOSERS.contains(t.get(office.end()).word());
            if (before >= 2 && t.get(before).word().equals(",") && closed) {
                int start = before;
                while (start > 0 && properName(t.get(start - 1)) && before - start < 5) {
                    start--;
                }
                boolean opens = start == 0 || !properName(t.get(start - 1));
                if (before - start >= 2 && opens) {
                    add(out, s, start, before, office, mentions);
                }
            }
        }
        return out;
    }

    private static int nameRun(List<Token> t, int from) {
        int end = from;
        while (end < t.size() && properName(t.get(end)) && end - from < 5) {
            end++;
        }
        return end;
    }

    static boolean properName(Token t) {
        return t.tag().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
    }

    /**
     * A person the dictionary does not know, learnt from the text: the name, holding the office's code under the
     * title word ("person:text:joel-meyer", ambassador of France). {@link TitledNames} makes them the same way.
     */
    static ActorEntity textPerson(String name, ActorCode code, String title) {
        return new ActorEntity("person:text:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, code,
                List.of(new RoleTerm(code, LocalDate.MIN, null, title)));
    }

    private static void add(List<ActorMention> out, Sentence s, int start, int end, ActorMention office,
                            List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.start() < end && m.end() > start) {
                return; // a name the dictionary already knows, or part of another mention
            }
        }
        String name = s.span(start, end);
        ActorCode code = office.entity().code();
        String title = s.tokens().get(office.head()).lemma().toLowerCase(Locale.ROOT);
        out.add(new ActorMention(start, end, end - 1, name, textPerson(name, code, title), "apposition+" + office.via()));
    }
}
