// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.javalin.http.Context;
import io.tacitus.server.json.ActorView;
import io.tacitus.server.json.TopActorsView;
import io.tacitus.store.TopActors;
import java.util.Set;

/** {@code GET /api/actors?limit=10}: the most active actors and dyads, as {@code tacitus top-actors}. */
final class ActorsApi {
    static final int DEFAULT_LIMIT = 10;

    private final LockedStore store;

    ActorsApi(LockedStore store) {
        this.store = store;
    }

    void top(Context ctx) {
        int limit = new RequestParams(ctx, Set.of("limit")).limit(DEFAULT_LIMIT);
        TopActors top = store.read(s -> s.topActors(limit));
        ctx.json(new TopActorsView(top.actors().stream().map(ActorView::of).toList(),
                top.dyads().stream().map(ActorView::of).toList()));
    }
}
