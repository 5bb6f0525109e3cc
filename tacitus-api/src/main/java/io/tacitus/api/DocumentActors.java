// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.ArrayList;
import java.util.List;

/** The actor mentions of a document, one list per sentence, in sentence order. */
public record DocumentActors(List<List<ActorMention>> bySentence) {
    public DocumentActors {
        List<List<ActorMention>> copy = new ArrayList<>();
        for (List<ActorMention> l : bySentence) {
            copy.add(List.copyOf(l));
        }
        bySentence = List.copyOf(copy);
    }

    public List<ActorMention> in(int sentence) {
        return sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
    }
}
