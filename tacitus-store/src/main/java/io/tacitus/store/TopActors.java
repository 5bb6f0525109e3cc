// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.List;

/**
 * The most active actors and dyads, most events first.
 *
 * @param actors single actors, as source or target
 * @param dyads  pairs of actors, both directions together
 */
public record TopActors(List<ActorActivity> actors, List<ActorActivity> dyads) {
    public TopActors {
        actors = List.copyOf(actors);
        dyads = List.copyOf(dyads);
    }
}
