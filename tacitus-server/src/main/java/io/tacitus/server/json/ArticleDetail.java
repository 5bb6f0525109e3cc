// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import java.util.List;
import java.util.Objects;

/**
 * One article with its text, the events it mentions and its mentions of them.
 *
 * @param article  the article
 * @param text     its text, as stored (data, never markup)
 * @param events   the events it mentions, in date order
 * @param mentions its mentions, by event then storage order
 */
public record ArticleDetail(ArticleView article, String text, List<EventView> events, List<MentionView> mentions) {
    public ArticleDetail {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
    }
}
