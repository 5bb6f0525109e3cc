// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.javalin.http.Context;
import io.tacitus.server.internal.ArticleCatalog;
import io.tacitus.server.internal.EventSearch;
import io.tacitus.server.json.ArticleDetail;
import io.tacitus.server.json.EventView;
import io.tacitus.server.json.MentionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code GET /api/articles} and {@code GET /api/articles/{id}}. */
final class ArticlesApi {
    static final int DEFAULT_LIMIT = 50;

    private final LockedStore store;

    ArticlesApi(LockedStore store) {
        this.store = store;
    }

    /** A page of stored articles, without their text. */
    void list(Context ctx) {
        RequestParams params = new RequestParams(ctx, Set.of("limit", "offset"));
        int limit = params.limit(DEFAULT_LIMIT);
        int offset = params.offset();
        ctx.json(store.sql(c -> new ArticleCatalog(c).page(limit, offset)));
    }

    /** One article with its text, its events and its mentions of them; 404 if not stored. */
    void one(Context ctx) {
        new RequestParams(ctx, Set.of());
        String id = ctx.pathParam("id");
        ArticleCatalog.ArticleText article = store.sql(c -> new ArticleCatalog(c).one(id))
                .orElseThrow(() -> ApiException.notFound("no article " + id));
        List<EventView> events = store.sql(c -> new EventSearch(c).ofArticle(id));
        List<MentionView> mentions = new ArrayList<>();
        for (EventView e : events) {
            store.read(s -> s.mentions(e.eventId())).stream()
                    .filter(m -> m.articleId().equals(id))
                    .forEach(m -> mentions.add(MentionView.of(m, article.article().title())));
        }
        ctx.json(new ArticleDetail(article.article(), article.text(), events, mentions));
    }
}
