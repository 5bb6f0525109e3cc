// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.Objects;

/**
 * Events between two actors, counted per period.
 *
 * @param x        one side
 * @param y        the other side
 * @param by       the period
 * @param directed only x → y (symmetric events count in both directions); otherwise x → y and y → x
 * @param top      how many top events (by mentions) to list per period
 */
public record DyadQuery(ActorFilter x, ActorFilter y, Period by, boolean directed, int top) {
    public DyadQuery {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(by, "by");
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative: " + top);
        }
    }
}
