// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.actors.Phrase;
import io.tacitus.actors.PhraseKind;
import java.util.List;

/** Tokens [start, end) matched by one or more dictionary phrases of the same length. */
record Piece(int start, int end, List<Phrase> phrases) {
    Piece {
        phrases = List.copyOf(phrases);
    }

    PhraseKind kind() {
        return phrases.get(0).kind();
    }

    Phrase first() {
        return phrases.get(0);
    }

    boolean bearsCountry() {
        PhraseKind k = kind();
        return k == PhraseKind.STATE || k == PhraseKind.ADJECTIVE || k == PhraseKind.CAPITAL;
    }
}
