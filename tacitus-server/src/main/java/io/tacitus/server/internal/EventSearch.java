// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.internal;

import io.tacitus.server.json.EventView;
import io.tacitus.server.json.Page;
import io.tacitus.server.json.PlaceView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only queries over the store's events table (docs/STORE.md, "Schema") that the store's API does not
 * offer: paging with a total, the quad-class filter, one event by id, coordinates, and places. Filters mean
 * what {@code EventStore.events} means by them. Not thread-safe: called under the store's lock.
 */
public final class EventSearch {
    private static final String COLUMNS = "event_id, event_date, source_code, source_name, target_code, "
            + "target_name, undirected, cameo, cameo_name, root, goldstein, quad_class, place_name, place_country, "
            + "lat, lon, mentions, articles, outlets";
    private static final String ORDER = " ORDER BY date_start NULLS LAST, event_id";
    /** The most places one map shows. */
    public static final int MAX_PLACES = 1_000;

    private final Connection connection;

    public EventSearch(Connection connection) {
        this.connection = connection;
    }

    /** One page of the events that pass the criteria, in date order (undated last), and their total. */
    public Page<EventView> page(EventCriteria criteria, int limit, int offset) throws SQLException {
        SqlFilter f = SqlFilter.of(criteria);
        long total;
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM events" + f.where())) {
            f.bind(p);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
        }
        String sql = "SELECT " + COLUMNS + " FROM events" + f.where() + ORDER + " LIMIT ? OFFSET ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int next = f.bind(p);
            p.setInt(next, limit);
            p.setInt(next + 1, offset);
            return new Page<>(total, limit, offset, views(p));
        }
    }

    public Optional<EventView> one(long eventId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM events WHERE event_id = ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, eventId);
            return views(p).stream().findFirst();
        }
    }

    /** The events an article mentions, in date order. */
    public List<EventView> ofArticle(String articleId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM events WHERE event_id IN "
                + "(SELECT event_id FROM mentions WHERE article_id = ?)" + ORDER;
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, articleId);
            return views(p);
        }
    }

    /** Places with coordinates where events that pass the criteria happened, most events first. */
    public List<PlaceView> places(EventCriteria criteria) throws SQLException {
        SqlFilter f = SqlFilter.of(criteria).add("lat IS NOT NULL AND lon IS NOT NULL");
        String sql = "SELECT place_name, place_country, avg(lat) AS lat, avg(lon) AS lon, count(*) AS n, "
                + "sum(mentions) AS m FROM events" + f.where() + " GROUP BY place_name, place_country "
                + "ORDER BY n DESC, place_name LIMIT " + MAX_PLACES;
        List<PlaceView> list = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            f.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new PlaceView(r.getString("place_name"), r.getString("place_country"),
                            r.getDouble("lat"), r.getDouble("lon"), r.getLong("n"), r.getLong("m")));
                }
            }
        }
        return list;
    }

    /** The first and last day any dated event can denote, ISO, or nulls in an empty store. */
    public List<String> span() throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT min(date_start), max(date_end) FROM events");
             ResultSet r = p.executeQuery()) {
            r.next();
            return java.util.Arrays.asList(r.getString(1), r.getString(2));
        }
    }

    private static List<EventView> views(PreparedStatement p) throws SQLException {
        List<EventView> list = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                list.add(view(r));
            }
        }
        return list;
    }

    private static EventView view(ResultSet r) throws SQLException {
        return new EventView(r.getLong("event_id"), r.getString("event_date"), r.getString("source_code"),
                r.getString("source_name"), r.getString("target_code"), r.getString("target_name"),
                r.getBoolean("undirected"), r.getString("cameo"), r.getString("cameo_name"), r.getString("root"),
                r.getDouble("goldstein"), r.getInt("quad_class"), r.getString("place_name"),
                r.getString("place_country"), nullableDouble(r, "lat"), nullableDouble(r, "lon"),
                r.getInt("mentions"), r.getInt("articles"), r.getInt("outlets"));
    }

    private static Double nullableDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }
}
