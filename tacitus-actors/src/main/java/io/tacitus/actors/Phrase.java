// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

import io.tacitus.api.ActorEntity;
import java.util.List;
import java.util.Objects;

/**
 * A dictionary phrase: the words that name an actor, a country or a role.
 *
 * @param words  the words, as the tokenizer splits them
 * @param kind   what the phrase names
 * @param entity the actor named (for roles: null)
 * @param role   the role a role noun signals ("GOV" for "minister"); null otherwise
 * @param entry  the knowledge entry id, for provenance ("countries.tsv:RUS")
 */
public record Phrase(List<String> words, PhraseKind kind, ActorEntity entity, String role, String entry) {
    public Phrase {
        words = List.copyOf(words);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entry, "entry");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase for " + entry);
        }
        if ((entity == null) != (kind == PhraseKind.ROLE || kind == PhraseKind.NOT_ACTOR)) {
            throw new IllegalArgumentException("only role and non-actor phrases have no entity: " + entry);
        }
    }

    /** The country the phrase points to, or null. */
    public String country() {
        return entity == null ? null : entity.code().country();
    }
}
