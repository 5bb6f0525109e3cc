// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Token;
import java.util.List;

/** Antecedents named earlier in a pronoun's own sentence: a plural group, a country, a state or organisation. */
final class Antecedents {
    private Antecedents() {
    }

    /** The nearest group named by a plural noun before the pronoun in its sentence ("troops", "rebels"). */
    static ActorMention pluralGroupBefore(List<Token> tokens, List<ActorMention> out, int pronoun) {
        ActorMention best = null;
        for (ActorMention m : out) {
            boolean plural = tokens.get(m.head()).tag().equals("NNS") || tokens.get(m.head()).tag().equals("NNPS");
            boolean group = !m.entity().isPerson() && m.entity().code().role() != null && !m.via().startsWith("coref:");
            if (m.end() <= pronoun && plural && group && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best;
    }

    static ActorMention lastCountryBefore(List<ActorMention> mentions, int token) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.end() <= token && m.entity().id().startsWith("country:") && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best;
    }

    /** "the Kremlin insisted that it...": the nearest state or organisation named earlier in the sentence. */
    static ActorEntity lastNonPersonBefore(List<ActorMention> mentions, int token) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.end() <= token && !m.entity().isPerson() && m.entity().code().country() != null
                    && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
    }

    static boolean covered(List<ActorMention> mentions, int token) {
        for (ActorMention m : mentions) {
            if (m.covers(token)) {
                return true;
            }
        }
        return false;
    }
}
