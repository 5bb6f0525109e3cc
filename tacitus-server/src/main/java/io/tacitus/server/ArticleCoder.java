// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.tacitus.api.Article;
import io.tacitus.api.CodedArticle;

/**
 * Codes one posted article into events ({@code POST /api/code}). Implementations must be thread-safe: the
 * server calls them from its request threads. {@link PooledPipelineCoder} is the real one.
 */
@FunctionalInterface
public interface ArticleCoder {
    /** The article's events and problems; never throws for bad text, only for a broken pipeline. */
    CodedArticle code(Article article);
}
