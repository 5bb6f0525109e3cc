// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import io.tacitus.store.DyadPeriod;
import java.util.List;

/**
 * A dyad's events in one period (docs/STORE.md, "dyad").
 *
 * @param label               "2019-06", "2019-Q2", "2019", "2014 (year only)" or "undated"
 * @param coarse              whether its events are dated more coarsely than the period asked for
 * @param events              events in the period
 * @param mentions            their mentions
 * @param verbalCooperation   events of quad class 1
 * @param materialCooperation events of quad class 2
 * @param verbalConflict      events of quad class 3
 * @param materialConflict    events of quad class 4
 * @param meanGoldstein       mean Goldstein score over the events
 * @param top                 the events with most mentions
 */
public record PeriodView(String label, boolean coarse, int events, long mentions, int verbalCooperation,
                         int materialCooperation, int verbalConflict, int materialConflict, double meanGoldstein,
                         List<EventView> top) {
    public PeriodView {
        top = List.copyOf(top);
    }

    public static PeriodView of(DyadPeriod p) {
        return new PeriodView(p.label(), p.coarse(), p.events(), p.mentions(), p.verbalCooperation(),
                p.materialCooperation(), p.verbalConflict(), p.materialConflict(), p.meanGoldstein(),
                p.top().stream().map(EventView::of).toList());
    }
}
