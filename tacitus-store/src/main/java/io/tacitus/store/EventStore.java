// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import io.tacitus.api.CodedArticle;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps coded articles and the deduplicated events they mention, and answers questions about them
 * (docs/STORE.md). Each {@link #store} is one transaction: an article is stored whole, with its sentences,
 * mentions and the updated events, or not at all. Storing an article already present (same id or same
 * text) changes nothing. Implementations are not thread-safe: one writer, on one thread.
 */
public interface EventStore extends AutoCloseable {
    /** Stores an article, its sentences and mentions, merging each mention into an event. */
    StoreResult store(CodedArticle article);

    /** Events that pass the query's filters, in date order. */
    List<StoredEvent> events(EventQuery query);

    /** The mentions that were merged into one event, with their provenance, in the order they were stored. */
    List<StoredMention> mentions(long eventId);

    /** Counts per period between two actors. */
    List<DyadPeriod> dyad(DyadQuery query);

    /** The actors and dyads that take part in most events. */
    TopActors topActors(int limit);

    /** Writes events or mentions to a file; returns the number of rows written. */
    long export(ExportSubject what, ExportFormat format, Path out);

    /** How many articles, sentences, events and mentions the store holds. */
    StoreCounts counts();

    @Override
    void close();
}
