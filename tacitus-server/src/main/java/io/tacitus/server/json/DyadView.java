// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import java.util.List;

/**
 * Events between two actors, by period; only periods with events are listed, oldest first.
 *
 * @param x        one side, as asked
 * @param y        the other side
 * @param by       "month", "quarter" or "year"
 * @param directed whether only x → y (and symmetric events) count
 * @param periods  the periods
 */
public record DyadView(String x, String y, String by, boolean directed, List<PeriodView> periods) {
    public DyadView {
        periods = List.copyOf(periods);
    }
}
