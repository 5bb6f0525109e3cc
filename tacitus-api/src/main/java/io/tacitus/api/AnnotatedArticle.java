// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.List;
import java.util.Objects;

/** An article with its annotated sentences. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }
}
