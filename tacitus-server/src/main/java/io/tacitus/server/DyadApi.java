// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.javalin.http.Context;
import io.tacitus.server.json.DyadView;
import io.tacitus.server.json.PeriodView;
import io.tacitus.store.ActorFilter;
import io.tacitus.store.DyadQuery;
import io.tacitus.store.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code GET /api/dyad?x=USA&y=RUS&by=month}: a dyad's events per period, as {@code tacitus dyad}. */
final class DyadApi {
    private static final Set<String> PARAMS = Set.of("x", "y", "by", "directed", "top");
    static final int DEFAULT_TOP = 5;
    static final int MAX_TOP = 50;

    private final LockedStore store;

    DyadApi(LockedStore store) {
        this.store = store;
    }

    void series(Context ctx) {
        RequestParams params = new RequestParams(ctx, PARAMS);
        params.required("x");
        params.required("y");
        ActorFilter x = params.actor("x");
        ActorFilter y = params.actor("y");
        Period by = params.period("by");
        boolean directed = params.flag("directed");
        int top = params.integer("top", DEFAULT_TOP, 0, MAX_TOP);
        DyadQuery query = new DyadQuery(x, y, by, directed, top);
        List<PeriodView> periods = store.read(s -> s.dyad(query)).stream().map(PeriodView::of).toList();
        ctx.json(new DyadView(x.code(), y.code(), by.name().toLowerCase(Locale.ROOT), directed, periods));
    }
}
