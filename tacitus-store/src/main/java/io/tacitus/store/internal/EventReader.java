// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.store.ActorFilter;
import io.tacitus.store.EventQuery;
import io.tacitus.store.StoredEvent;
import io.tacitus.store.StoredMention;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads events and mentions back. */
public final class EventReader {
    private static final List<String> EVENT_COLUMNS = List.of("event_id", "source_code", "source_name",
            "target_code", "target_name", "undirected", "cameo", "cameo_name", "root", "goldstein", "quad_class",
            "event_date", "place_name", "place_country", "mentions", "articles", "outlets");

    private final Connection connection;

    public EventReader(Connection connection) {
        this.connection = connection;
    }

    public List<StoredEvent> events(EventQuery q) throws SQLException {
        Filter f = new Filter();
        if (q.source() != null || q.target() != null) {
            dyad(f, q.source(), q.target(), true);
        }
        if (q.root() != null) {
            f.add("root = ?", q.root());
        }
        if (q.from() != null) {
            f.add("date_end >= CAST(? AS DATE)", q.from().start().toString());
        }
        if (q.to() != null) {
            f.add("date_start <= CAST(? AS DATE)", q.to().end().toString());
        }
        if (q.place() != null) {
            f.add("(lower(place_name) = ? OR place_country = ?)", q.place().toLowerCase(Locale.ROOT),
                    q.place().toUpperCase(Locale.ROOT));
        }
        String sql = "SELECT " + columns("") + " FROM events" + f.where()
                + " ORDER BY date_start NULLS LAST, event_id LIMIT " + q.limit();
        try (PreparedStatement p = Sql.bind(connection.prepareStatement(sql), f.params().toArray())) {
            return readAll(p);
        }
    }

    /** The event columns {@link #event} reads, each after {@code alias} ("" or "e."). */
    static String columns(String alias) {
        return EVENT_COLUMNS.stream().map(c -> alias + c).collect(Collectors.joining(", "));
    }

    /**
     * Adds "x → y, or y → x": for directed queries only events without direction (symmetric) match the
     * other way round. A null side matches any actor.
     */
    static void dyad(Filter f, ActorFilter x, ActorFilter y, boolean directed) {
        Filter xy = new Filter();
        actor(xy, "source", x);
        actor(xy, "target", y);
        Filter yx = new Filter();
        actor(yx, "source", y);
        actor(yx, "target", x);
        String reverse = directed ? "(undirected AND " + yx.conjunction() + ")" : yx.conjunction();
        List<Object> params = new ArrayList<>(xy.params());
        params.addAll(yx.params());
        f.add("(" + xy.conjunction() + " OR " + reverse + ")", params.toArray());
    }

    /**
     * A country matches on the country column (a code starts with its country), or on the code's start for
     * actors without a country; a full code matches the code column.
     */
    private static void actor(Filter f, String side, ActorFilter a) {
        if (a == null) {
            return;
        }
        if (a.prefix()) {
            f.add("(" + side + "_country = ? OR (" + side + "_country IS NULL AND starts_with(" + side + "_code, ?)))",
                    a.code(), a.code());
        } else {
            f.add(side + "_code = ?", a.code());
        }
    }

    static List<StoredEvent> readAll(PreparedStatement p) throws SQLException {
        List<StoredEvent> list = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                list.add(event(r));
            }
        }
        return list;
    }

    static StoredEvent event(ResultSet r) throws SQLException {
        return new StoredEvent(r.getLong("event_id"), r.getString("source_code"), r.getString("source_name"),
                r.getString("target_code"), r.getString("target_name"), r.getBoolean("undirected"),
                r.getString("cameo"), r.getString("cameo_name"), r.getString("root"), r.getDouble("goldstein"),
                r.getInt("quad_class"), Sql.date(r, "event_date"), r.getString("place_name"),
                r.getString("place_country"), r.getInt("mentions"), r.getInt("articles"), r.getInt("outlets"));
    }

    public List<StoredMention> mentions(long eventId) throws SQLException {
        String sql = "SELECT m.*, s.text AS sentence_text, a.outlet FROM mentions m "
                + "JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence "
                + "JOIN articles a ON a.article_id = m.article_id WHERE m.event_id = ? ORDER BY m.mention_id";
        List<StoredMention> list = new ArrayList<>();
        try (PreparedStatement p = Sql.bind(connection.prepareStatement(sql), eventId);
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                list.add(new StoredMention(r.getLong("mention_id"), eventId, r.getString("article_id"),
                        r.getString("outlet"), r.getInt("sentence"), r.getString("sentence_text"),
                        r.getString("coder_event_id"), r.getString("source_code"), r.getString("source_text"),
                        r.getString("target_code"), r.getString("target_text"), r.getString("cameo"),
                        Sql.date(r, "event_date"), r.getString("date_source"), r.getString("trigger"),
                        r.getString("rule"), r.getString("lexicon_version"), r.getString("actors_version")));
            }
        }
        return list;
    }
}
