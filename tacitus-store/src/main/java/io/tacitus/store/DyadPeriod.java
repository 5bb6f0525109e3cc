// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.List;
import java.util.Objects;

/**
 * The events of a dyad in one period.
 *
 * @param label                "2019-06", "2019-Q2", "2019", "2014 (year only)" or "undated"
 * @param coarse               whether the events here are dated more coarsely than the period asked for
 * @param events               events in the period
 * @param mentions             their mentions, summed
 * @param verbalCooperation    events of quad class 1
 * @param materialCooperation  events of quad class 2
 * @param verbalConflict       events of quad class 3
 * @param materialConflict     events of quad class 4
 * @param meanGoldstein        mean Goldstein score of the events (each event counts once)
 * @param top                  the events with most mentions, most first
 */
public record DyadPeriod(String label, boolean coarse, int events, long mentions, int verbalCooperation,
                         int materialCooperation, int verbalConflict, int materialConflict, double meanGoldstein,
                         List<StoredEvent> top) {
    public DyadPeriod {
        Objects.requireNonNull(label, "label");
        top = List.copyOf(top);
    }
}
