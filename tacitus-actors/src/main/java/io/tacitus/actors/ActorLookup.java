// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

import io.tacitus.actors.internal.MentionBuilder;
import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.RoleTerm;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a name as a user types it ("Putin", "the Kremlin", "Russian troops", "Financial Times") for a
 * date, without running the NLP pipeline: the words are tagged by their capitals. Backs the
 * {@code tacitus actor} command and the dated-resolution tests. Immutable and thread-safe.
 */
public final class ActorLookup {
    private final MentionBuilder builder;

    public ActorLookup(ActorKnowledge knowledge) {
        this.builder = new MentionBuilder(knowledge.index());
    }

    /**
     * What a name resolves to.
     *
     * @param code  the code on the day
     * @param name  canonical name, or null
     * @param entry the knowledge entries that matched
     * @param term  the dated term that applies, or null
     */
    public record Resolution(ActorCode code, String name, String entry, RoleTerm term) {
    }

    public Optional<Resolution> resolve(String text, LocalDate day) {
        Sentence s = sentence(text);
        List<ActorMention> mentions = builder.mentions(s, day);
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        ActorMention best = mentions.get(0);
        for (ActorMention m : mentions) {
            if (m.end() - m.start() > best.end() - best.start()) {
                best = m;
            }
        }
        ActorEntity e = best.entity();
        return Optional.of(new Resolution(e.codeOn(day), e.name(), best.via(), e.termOn(day)));
    }

    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String w : text.strip().replace("’s", " ’s").replace("'s", " 's").replaceAll("(?<=\\w)-(?=\\w)", " - ").split("\\s+")) {
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            String tag = w.equals("'s") || w.equals("’s") ? "POS" : w.equals("-") ? "HYPH" : capital ? "NNP" : w.endsWith("s") ? "NNS" : "NN";
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), tag, "O", offset, offset + w.length()));
            offset += w.length() + 1;
        }
        return new Sentence(0, text, 0, tokens, List.of(), List.of(), false);
    }
}
