// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated role of a named actor: a term in office.
 *
 * @param code  the actor code during the term
 * @param start first day of the term
 * @param end   last day of the term (the day the successor took office), or null if ongoing
 * @param title e.g. "President"
 */
public record RoleTerm(ActorCode code, LocalDate start, LocalDate end, String title) {
    public RoleTerm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("term ends before it starts: " + start + " " + end);
        }
    }

    /** Whether the term covers the given day. A term's last day belongs to the successor. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }
}
