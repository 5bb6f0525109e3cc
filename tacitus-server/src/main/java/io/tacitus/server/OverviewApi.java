// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.javalin.http.Context;
import io.tacitus.server.internal.EventSearch;
import io.tacitus.server.json.StatsView;
import io.tacitus.store.StoreCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** {@code GET /api/stats} (the store's size and time span) and {@code GET /api/openapi.json}. */
final class OverviewApi {
    /** The hand-written OpenAPI 3.0 document of the API. */
    static final String OPENAPI = "/io/tacitus/server/openapi.json";

    private final LockedStore store;
    private final byte[] openApi;

    OverviewApi(LockedStore store) {
        this.store = store;
        this.openApi = resource(OPENAPI);
    }

    void stats(Context ctx) {
        new RequestParams(ctx, Set.of());
        StoreCounts n = store.read(s -> s.counts());
        List<String> span = store.sql(c -> new EventSearch(c).span());
        ctx.json(new StatsView(n.articles(), n.sentences(), n.events(), n.mentions(), n.schemaVersion(), span.get(0),
                span.get(1)));
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    private static byte[] resource(String name) {
        try (InputStream in = OverviewApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
