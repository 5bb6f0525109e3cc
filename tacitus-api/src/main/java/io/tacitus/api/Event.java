// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * One coded event: who did what to whom, when and where, and why the coder says so.
 *
 * @param id         stable id (same input, same lexicon: same id)
 * @param source     the actor that acts
 * @param target     the actor acted upon, or null
 * @param type       the event type
 * @param date       the event's own date, or null if unknown
 * @param dateSource where the date came from, or null if the date is null
 * @param location   where it happened, or null
 * @param provenance where it was read and which rule fired
 */
public record Event(String id, EventActor source, EventActor target, EventType type, EventDate date,
                    DateSource dateSource, Location location, Provenance provenance) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provenance, "provenance");
        if ((date == null) != (dateSource == null)) {
            throw new IllegalArgumentException("date and dateSource go together");
        }
    }
}
