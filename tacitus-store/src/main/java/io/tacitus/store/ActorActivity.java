// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.List;
import java.util.Objects;

/**
 * How active an actor, or a pair of actors, is.
 *
 * @param actors   one code, or two codes in code order for a dyad
 * @param events   events it takes part in (a dyad: in either direction)
 * @param mentions mentions of those events
 */
public record ActorActivity(List<String> actors, long events, long mentions) {
    public ActorActivity {
        actors = List.copyOf(actors);
        if (actors.isEmpty() || actors.size() > 2) {
            throw new IllegalArgumentException("one actor or a pair: " + actors);
        }
        actors.forEach(a -> Objects.requireNonNull(a, "actor"));
    }

    /** "USAGOV" or "RUSGOV–USAGOV". */
    public String label() {
        return String.join("–", actors);
    }
}
