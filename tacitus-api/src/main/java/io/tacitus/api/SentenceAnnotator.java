// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.function.Predicate;

/**
 * Stage 2: splits an article into sentences and annotates them (tokens, lemmas, tags, named entities),
 * and parses into dependency graphs the sentences that the gate lets through.
 *
 * <p>The gate sees each sentence after tagging, before parsing; parsing is the expensive step, so a
 * caller skips sentences that cannot hold an event. Implementations are not required to be
 * thread-safe: build one per thread.
 */
public interface SentenceAnnotator {
    AnnotatedArticle annotate(Article article, Predicate<Sentence> parseGate);

    default AnnotatedArticle annotate(Article article) {
        return annotate(article, s -> true);
    }
}
