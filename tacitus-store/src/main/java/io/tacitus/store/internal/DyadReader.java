// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.store.DyadPeriod;
import io.tacitus.store.DyadQuery;
import io.tacitus.store.Period;
import io.tacitus.store.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a dyad's events per period in two queries: one aggregate per period, and the top events of each
 * period by a window function. Events dated more coarsely than the period get a label of their own.
 */
public final class DyadReader {
    private final Connection connection;

    public DyadReader(Connection connection) {
        this.connection = connection;
    }

    public List<DyadPeriod> dyad(DyadQuery q) throws SQLException {
        Filter f = filter(q);
        String dyad = "SELECT mentions, quad_class, goldstein, date_start, " + label(q.by()) + " AS period FROM events"
                + f.where();
        Map<String, List<StoredEvent>> top = top(q.by(), f, q.top());
        String sql = "WITH d AS (" + dyad + ") SELECT period, min(date_start) AS first_day, count(*) AS n, "
                + "sum(mentions) AS m, count(*) FILTER (WHERE quad_class = 1) AS q1, "
                + "count(*) FILTER (WHERE quad_class = 2) AS q2, count(*) FILTER (WHERE quad_class = 3) AS q3, "
                + "count(*) FILTER (WHERE quad_class = 4) AS q4, avg(goldstein) AS g "
                + "FROM d GROUP BY period ORDER BY first_day NULLS LAST, period";
        List<DyadPeriod> periods = new ArrayList<>();
        try (PreparedStatement p = Sql.bind(connection.prepareStatement(sql), f.params().toArray());
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String label = r.getString("period");
                periods.add(new DyadPeriod(label, label.endsWith(Period.YEAR_ONLY), r.getInt("n"), r.getLong("m"),
                        r.getInt("q1"), r.getInt("q2"), r.getInt("q3"), r.getInt("q4"), r.getDouble("g"),
                        top.getOrDefault(label, List.of())));
            }
        }
        return periods;
    }

    /** The top events per period: ranked on narrow rows first, then joined to fetch the few winners whole. */
    private Map<String, List<StoredEvent>> top(Period by, Filter f, int n) throws SQLException {
        Map<String, List<StoredEvent>> top = new HashMap<>();
        if (n == 0) {
            return top;
        }
        String ranked = "SELECT event_id, " + label(by) + " AS period, row_number() OVER (PARTITION BY period "
                + "ORDER BY mentions DESC, event_id) AS rank FROM events" + f.where() + " QUALIFY rank <= " + n;
        String sql = "WITH r AS (" + ranked + ") SELECT r.period, " + EventReader.columns("e.")
                + " FROM r JOIN events e ON e.event_id = r.event_id ORDER BY r.period, r.rank";
        try (PreparedStatement p = Sql.bind(connection.prepareStatement(sql), f.params().toArray());
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                top.computeIfAbsent(r.getString("period"), k -> new ArrayList<>()).add(EventReader.event(r));
            }
        }
        return top;
    }

    private static Filter filter(DyadQuery q) {
        Filter f = new Filter();
        EventReader.dyad(f, q.x(), q.y(), q.directed());
        return f;
    }

    /** The SQL expression for an event's period label. */
    static String label(Period by) {
        String year = "strftime(date_start, '%Y')";
        String yearOnly = "WHEN date_precision = 'year' THEN " + year + " || '" + Period.YEAR_ONLY + "' ";
        return switch (by) {
            case YEAR -> "CASE WHEN date_start IS NULL THEN 'undated' ELSE " + year + " END";
            case QUARTER -> "CASE WHEN date_start IS NULL THEN 'undated' " + yearOnly
                    + "ELSE " + year + " || '-Q' || quarter(date_start) END";
            case MONTH -> "CASE WHEN date_start IS NULL THEN 'undated' " + yearOnly
                    + "ELSE strftime(date_start, '%Y-%m') END";
        };
    }
}
