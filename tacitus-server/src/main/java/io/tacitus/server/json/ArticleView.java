// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import java.util.Objects;

/**
 * A stored article, without its text.
 *
 * @param articleId     the article id
 * @param title         headline, or null
 * @param published     publication date (ISO), or null
 * @param outlet        outlet, or null
 * @param url           address, or null
 * @param sentenceCount sentences in the article
 * @param mentionCount  mentions stored for it
 * @param storedAt      when it was stored (ISO date-time)
 */
public record ArticleView(String articleId, String title, String published, String outlet, String url,
                          int sentenceCount, int mentionCount, String storedAt) {
    public ArticleView {
        Objects.requireNonNull(articleId, "articleId");
    }
}
