// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.EventType;
import io.tacitus.api.Location;
import java.util.List;

/**
 * What an article's mentions of one event say about it beyond the vote: the type of the winning code, the
 * names of the two key actors and the place, each from the first mention that has one (null when none has).
 *
 * @param type       the type of the winning code, if one of these mentions has that code
 * @param sourceName the first name of the key's first actor
 * @param targetName the first name of the key's second actor
 * @param place      the first place
 */
record EventDetails(EventType type, String sourceName, String targetName, Location place) {
    static EventDetails of(List<Assignment> group, String winningCode) {
        EventType type = null;
        String source = null;
        String target = null;
        Location place = null;
        for (Assignment a : group) {
            Event e = a.mention();
            if (type == null && e.type().code().value().equals(winningCode)) {
                type = e.type();
            }
            source = source != null ? source : name(a.key().first(e));
            target = target != null ? target : name(a.key().second(e));
            place = place != null ? place : e.location();
        }
        return new EventDetails(type, source, target, place);
    }

    private static String name(EventActor a) {
        return a == null ? null : a.name();
    }
}
