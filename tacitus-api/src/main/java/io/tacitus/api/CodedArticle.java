// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.List;
import java.util.Objects;

/** The output of the pipeline for one article: its events and any problems met on the way. */
public record CodedArticle(Article article, int sentenceCount, List<Event> events, List<Problem> problems) {
    public CodedArticle {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }
}
