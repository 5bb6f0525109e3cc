// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.javalin.http.Context;
import io.tacitus.server.internal.ArticleCatalog;
import io.tacitus.server.internal.EventCriteria;
import io.tacitus.server.internal.EventSearch;
import io.tacitus.server.json.EventDetail;
import io.tacitus.server.json.EventView;
import io.tacitus.server.json.MentionView;
import io.tacitus.store.StoredMention;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/events}, {@code GET /api/events/{id}} and {@code GET /api/places}. */
final class EventsApi {
    private static final Set<String> LIST_PARAMS = with(RequestParams.EVENT_FILTERS, "limit", "offset");
    static final int DEFAULT_LIMIT = 50;

    private final LockedStore store;

    EventsApi(LockedStore store) {
        this.store = store;
    }

    /** A page of events that pass the filters, in date order. */
    void list(Context ctx) {
        RequestParams params = new RequestParams(ctx, LIST_PARAMS);
        EventCriteria criteria = params.eventCriteria();
        int limit = params.limit(DEFAULT_LIMIT);
        int offset = params.offset();
        ctx.json(store.sql(c -> new EventSearch(c).page(criteria, limit, offset)));
    }

    /** One event with its mentions and their provenance; 404 if there is no such event. */
    void one(Context ctx) {
        new RequestParams(ctx, Set.of());
        long id = eventId(ctx.pathParam("id"));
        EventView event = store.sql(c -> new EventSearch(c).one(id))
                .orElseThrow(() -> ApiException.notFound("no event " + id));
        List<StoredMention> mentions = store.read(s -> s.mentions(id));
        Set<String> articles = new HashSet<>();
        mentions.forEach(m -> articles.add(m.articleId()));
        Map<String, String> titles = store.sql(c -> new ArticleCatalog(c).titles(articles));
        EventDetail detail = new EventDetail(event,
                mentions.stream().map(m -> MentionView.of(m, titles.get(m.articleId()))).toList());
        ctx.json(detail);
    }

    /** Places with coordinates of the events that pass the filters. */
    void places(Context ctx) {
        EventCriteria criteria = new RequestParams(ctx, RequestParams.EVENT_FILTERS).eventCriteria();
        ctx.json(Map.of("places", store.sql(c -> new EventSearch(c).places(criteria))));
    }

    private static long eventId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("an event id is a non-negative integer: " + text);
    }

    static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
