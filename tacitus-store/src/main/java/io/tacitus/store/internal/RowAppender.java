// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.Article;
import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.Location;
import io.tacitus.api.Provenance;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows with DuckDB's appender, column by column in table order (V001__initial.sql). The appender
 * joins the connection's open transaction, so an article's rows commit or roll back together; it is faster
 * than INSERT because nothing is parsed or planned per row.
 */
final class RowAppender {
    private final DuckDBConnection connection;

    RowAppender(Connection c) throws SQLException {
        this.connection = c.unwrap(DuckDBConnection.class);
    }

    private DuckDBAppender open(String table) throws SQLException {
        return connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    void article(Article a, String hash, int sentenceCount, int mentionCount, LocalDateTime now) throws SQLException {
        try (DuckDBAppender r = open("articles")) {
            r.beginRow();
            r.append(a.id());
            r.append(hash);
            r.append(a.date() == null ? null : a.date().toString());
            r.append(a.title());
            r.append(a.url());
            r.append(a.source());
            r.append(sentenceCount);
            r.append(mentionCount);
            r.append(a.text());
            r.appendLocalDateTime(now);
            r.endRow();
        }
    }

    void sentences(String articleId, Map<Integer, String> sentences) throws SQLException {
        try (DuckDBAppender r = open("sentences")) {
            for (Map.Entry<Integer, String> s : sentences.entrySet()) {
                r.beginRow();
                r.append(articleId);
                r.append(s.getKey().intValue());
                r.append(s.getValue());
                r.endRow();
            }
        }
    }

    /** One row per assignment; ids from {@code firstId} on. */
    void mentions(List<Assignment> assignments, long firstId, String articleId, String outletKey) throws SQLException {
        try (DuckDBAppender r = open("mentions")) {
            long id = firstId;
            for (Assignment a : assignments) {
                appendMention(r, id++, a.event().id(), articleId, outletKey, a.mention());
            }
        }
    }

    /** Appends one mentions row (shared with the bulk loader). */
    static void appendMention(DuckDBAppender r, long id, long eventId, String articleId, String outletKey, Event e)
            throws SQLException {
        r.beginRow();
        r.append(id);
        r.append(eventId);
        r.append(articleId);
        r.append(outletKey);
        mention(r, e);
        r.endRow();
    }

    private static void mention(DuckDBAppender r, Event e) throws SQLException {
        Provenance p = e.provenance();
        r.append(p.sentence());
        r.append(e.id());
        actor(r, e.source());
        actor(r, e.target());
        r.append(e.type().code().value());
        r.append(e.type().name());
        r.append(e.type().goldstein());
        r.append((byte) e.type().quadClass());
        r.append(e.type().plover());
        r.append(e.date() == null ? null : e.date().toString());
        r.append(e.dateSource() == null ? null : e.dateSource().label());
        Location l = e.location();
        r.append(l == null ? null : l.name());
        r.append(l == null ? null : l.country());
        nullableDouble(r, l == null ? null : l.lat());
        nullableDouble(r, l == null ? null : l.lon());
        r.append(l == null ? null : l.text());
        r.append(p.trigger());
        r.append(p.rule());
        r.append(p.lexiconVersion());
        r.append(p.actorsVersion());
    }

    private static void actor(DuckDBAppender r, EventActor a) throws SQLException {
        r.append(a == null ? null : a.code().value());
        r.append(a == null ? null : a.name());
        r.append(a == null ? null : a.entityId());
        r.append(a == null ? null : a.text());
    }

    /** A new event: key and actors from its first mention, counts, code and date from its summary. */
    void event(long id, DedupKey key, Event seed, EventSummary s, EventDetails d, LocalDateTime now) throws SQLException {
        try (DuckDBAppender r = open("events")) {
            appendEvent(r, id, key, seed, s, d, now);
        }
    }

    /** Appends one events row (shared with the bulk loader); {@code d} must hold the winning code's type. */
    static void appendEvent(DuckDBAppender r, long id, DedupKey key, Event seed, EventSummary s, EventDetails d,
                            LocalDateTime now) throws SQLException {
        Location p = d.place();
        r.beginRow();
        r.append(id);
        r.append(key.value());
        r.append(key.rule());
        r.append(key.symmetric());
        keyActor(r, key.first(seed), d.sourceName());
        keyActor(r, key.second(seed), d.targetName());
        r.append(s.cameo());
        r.append(d.type().name());
        r.append(s.cameo().substring(0, 2));
        r.append(d.type().goldstein());
        r.append((byte) d.type().quadClass());
        r.append(d.type().plover());
        r.append(s.date() == null ? null : s.date().toString());
        r.append(Sql.precision(s.date()));
        r.append(s.date() == null ? null : Sql.day(s.date().start()));
        r.append(s.date() == null ? null : Sql.day(s.date().end()));
        r.append(s.dateSource() == null ? null : s.dateSource().label());
        r.append(p == null ? null : p.name());
        r.append(p == null ? null : p.country());
        nullableDouble(r, p == null ? null : p.lat());
        nullableDouble(r, p == null ? null : p.lon());
        r.append(s.mentions());
        r.append(s.articles());
        r.append(s.outlets());
        r.appendLocalDateTime(now);
        r.appendLocalDateTime(now);
        r.endRow();
    }

    private static void keyActor(DuckDBAppender r, EventActor a, String name) throws SQLException {
        r.append(a == null ? null : a.code().value());
        r.append(a == null ? null : a.code().country());
        r.append(a == null ? null : a.code().role());
        r.append(name);
    }

    private static void nullableDouble(DuckDBAppender r, Double v) throws SQLException {
        if (v == null) {
            r.append((String) null);
        } else {
            r.append(v.doubleValue());
        }
    }
}
