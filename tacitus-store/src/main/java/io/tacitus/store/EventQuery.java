// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import io.tacitus.api.EventDate;

/**
 * Filters for listing events; a null filter lets everything through.
 *
 * @param source events whose source matches
 * @param target events whose target matches
 * @param root   CAMEO root ("04")
 * @param from   events whose date range ends on or after this date's start
 * @param to     events whose date range starts on or before this date's end
 * @param place  place name (any case) or ISO alpha-3 country of the place
 * @param limit  at most this many events
 */
public record EventQuery(ActorFilter source, ActorFilter target, String root, EventDate from, EventDate to,
                         String place, int limit) {
    public EventQuery {
        if (root != null && !root.matches("0[1-9]|1[0-9]|20")) {
            throw new IllegalArgumentException("not a CAMEO root: " + root);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /** Every event, up to a limit. */
    public static EventQuery all(int limit) {
        return new EventQuery(null, null, null, null, null, null, limit);
    }

    public EventQuery withActors(ActorFilter newSource, ActorFilter newTarget) {
        return new EventQuery(newSource, newTarget, root, from, to, place, limit);
    }

    public EventQuery withRoot(String newRoot) {
        return new EventQuery(source, target, newRoot, from, to, place, limit);
    }

    public EventQuery withDates(EventDate newFrom, EventDate newTo) {
        return new EventQuery(source, target, root, newFrom, newTo, place, limit);
    }

    public EventQuery withPlace(String newPlace) {
        return new EventQuery(source, target, root, from, to, newPlace, limit);
    }
}
