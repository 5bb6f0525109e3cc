// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import io.tacitus.store.ActorActivity;
import java.util.List;

/**
 * How active an actor or a dyad is.
 *
 * @param actors   one code, or two in code order
 * @param label    "USAGOV" or "RUSGOV–USAGOV"
 * @param events   events it takes part in
 * @param mentions their mentions
 */
public record ActorView(List<String> actors, String label, long events, long mentions) {
    public ActorView {
        actors = List.copyOf(actors);
    }

    public static ActorView of(ActorActivity a) {
        return new ActorView(a.actors(), a.label(), a.events(), a.mentions());
    }
}
