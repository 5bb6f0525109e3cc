// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

/** Receives what an {@link ArticleReader} reads: articles and problems, in input order. */
public interface ArticleSink {
    void accept(Article article);

    void reject(Problem problem);
}
