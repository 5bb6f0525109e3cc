// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.eval;

import java.util.List;
import java.util.Objects;

/**
 * A gold document: its id, the events a careful coder records, and those that must not be produced.
 *
 * @param id     document id (the article id)
 * @param file   the gold file it came from
 * @param gold   gold events
 * @param forbid forbidden events
 */
public record GoldDocument(String id, String file, List<GoldEvent> gold, List<GoldEvent> forbid) {
    public GoldDocument {
        Objects.requireNonNull(id, "id");
        gold = List.copyOf(gold);
        forbid = List.copyOf(forbid);
    }
}
