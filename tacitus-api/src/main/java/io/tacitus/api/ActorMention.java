// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * Words in a sentence that refer to an actor.
 *
 * @param start  first token index
 * @param end    index after the last token
 * @param head   the token that stands for the mention in the dependency graph
 * @param text   the words
 * @param entity the actor meant
 * @param via    how it was found: the dictionary entry id, or "coref:" and the rule
 */
public record ActorMention(int start, int end, int head, String text, ActorEntity entity, String via) {
    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(via, "via");
        if (start < 0 || end <= start || head < start || head >= end) {
            throw new IllegalArgumentException("bad mention span " + start + "-" + end + " head " + head);
        }
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }
}
