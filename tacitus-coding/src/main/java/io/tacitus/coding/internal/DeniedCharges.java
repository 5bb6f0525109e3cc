// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Event;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An act of force told only as a charge that its doer denies in the same sentence is not coded as done:
 * "Tbilisi has accused Russian aircraft of bombing the gorge, a raid the Russian Defence Ministry denies having
 * carried out" keeps the accusation and the denial, not the bombing. Stateless.
 */
public final class DeniedCharges {
    private static final Set<String> FORCE = Set.of("15", "17", "18", "19", "20");

    private DeniedCharges() {
    }

    /** The sentence's events without the denied acts of force. */
    public static List<Event> drop(List<Event> events) {
        return events.stream().filter(e -> !denied(e, events)).toList();
    }

    private static boolean denied(Event e, List<Event> sentence) {
        String doer = e.source().code().country();
        if (doer == null || !FORCE.contains(e.type().code().root())) {
            return false;
        }
        boolean accused = sentence.stream().anyMatch(x -> x.type().code().value().equals("112") && x.target() != null
                && doer.equals(x.target().code().country()) && !doer.equals(x.source().code().country()));
        boolean denies = sentence.stream().anyMatch(x -> x.type().code().value().equals("016")
                && Objects.equals(doer, x.source().code().country()));
        return accused && denies;
    }
}
