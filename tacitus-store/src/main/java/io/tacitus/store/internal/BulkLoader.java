// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends synthetic events, each with its one mention, straight into the events and mentions tables with
 * DuckDB's appender, for benchmarks: keys, dates and columns as the store writes them. The articles and
 * sentences they name are not written, so the result is for timing, not for export. Use on an empty store.
 */
public final class BulkLoader {
    private static final int MENTIONS_PER_ARTICLE = 5;

    private BulkLoader() {
    }

    /** Appends {@code n} events and mentions with ids 1..n. */
    public static void appendEvents(Connection c, int n, long seed) throws SQLException {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        LocalDateTime now = LocalDateTime.now();
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try (DuckDBAppender events = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
             DuckDBAppender mentions = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
            for (int i = 1; i <= n; i++) {
                String doc = "bulk-" + (1 + i / MENTIONS_PER_ARTICLE);
                Event e = corpus.event(doc, i % MENTIONS_PER_ARTICLE);
                EventSummary s = EventSummary.of(List.of(MentionVote.of(e, doc, doc)));
                EventDetails d = new EventDetails(e.type(), e.source().name(),
                        e.target() == null ? null : e.target().name(), e.location());
                RowAppender.appendEvent(events, i, DedupKey.of(e), e, s, d, now);
                RowAppender.appendMention(mentions, i, i, doc, doc, e);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }
}
