// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.internal;

import io.tacitus.api.EventDate;
import io.tacitus.store.ActorFilter;

/**
 * The filters of {@code GET /api/events} and {@code GET /api/places}; a null filter lets everything through.
 * Actor, root, date and place filters mean what they mean in {@code tacitus events} (docs/STORE.md).
 *
 * @param source    events whose source matches (symmetric events: either way round with {@code target})
 * @param target    events whose target matches
 * @param either    source and target match either way round, for every event (a dyad in both directions)
 * @param actor     events with this actor on either side
 * @param root      CAMEO root ("04")
 * @param quadClass quad class 1-4, or null
 * @param from      events whose date range ends on or after this date's start
 * @param to        events whose date range starts on or before this date's end
 * @param place     place name (any case) or ISO alpha-3 country of the place
 */
public record EventCriteria(ActorFilter source, ActorFilter target, boolean either, ActorFilter actor,
                            String root, Integer quadClass, EventDate from, EventDate to, String place) {
    public EventCriteria {
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("quad class must be 1-4: " + quadClass);
        }
    }

    /** No filter. */
    public static EventCriteria none() {
        return new EventCriteria(null, null, false, null, null, null, null, null, null);
    }
}
