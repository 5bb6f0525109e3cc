// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import java.util.List;

/**
 * The most active actors and dyads, most events first.
 *
 * @param actors single actors
 * @param dyads  pairs, both directions together
 */
public record TopActorsView(List<ActorView> actors, List<ActorView> dyads) {
    public TopActorsView {
        actors = List.copyOf(actors);
        dyads = List.copyOf(dyads);
    }
}
