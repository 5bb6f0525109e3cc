// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.Event;
import io.tacitus.api.EventDate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the stored events a mention may belong to (same key, in the mention's year or the adjacent one
 * a day away), and chooses among them: those whose date matches, the same date as written first, then the
 * closest, then the oldest.
 */
final class EventMatcher implements AutoCloseable {
    private final PreparedStatement byKey;

    EventMatcher(Connection c) throws SQLException {
        this.byKey = c.prepareStatement("SELECT event_id, event_date, date_source FROM events WHERE dedup_key = ?");
    }

    /** Stored events under one of the keys a mention searches. */
    List<Candidate> candidates(List<String> searches) throws SQLException {
        List<Candidate> all = new ArrayList<>();
        for (String k : searches) {
            all.addAll(read(Sql.bind(byKey, k)));
        }
        return all;
    }

    /**
     * The candidate to merge into, if any.
     *
     * @param touched events that already hold a mention of the article being stored
     */
    static Optional<Candidate> choose(DedupKey key, Event e, List<Candidate> candidates, Set<Long> touched) {
        if (!key.strict()) {
            return candidates.stream().min(Comparator.comparingLong(Candidate::id));
        }
        EventDate d = e.date();
        return candidates.stream()
                .filter(c -> c.date() != null && DateMatch.matches(d, c.date(),
                        DateMatch.tolerance(touched.contains(c.id()), e.dateSource(), c.source())))
                .min(Comparator.<Candidate>comparingInt(c -> c.date().equals(d) ? 0 : 1)
                        .thenComparingLong(c -> DateMatch.distance(d, c.date()))
                        .thenComparingLong(Candidate::id));
    }

    private static List<Candidate> read(PreparedStatement p) throws SQLException {
        List<Candidate> list = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                list.add(new Candidate(r.getLong("event_id"), Sql.date(r, "event_date"),
                        Sql.dateSource(r, "date_source")));
            }
        }
        return list;
    }

    @Override
    public void close() throws SQLException {
        byKey.close();
    }
}
