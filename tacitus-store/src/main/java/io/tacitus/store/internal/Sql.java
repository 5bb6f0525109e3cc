// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Binding parameters and reading nullable columns: the JDBC plumbing the store's statements share. */
public final class Sql {
    private Sql() {
    }

    /** Binds the values to parameters 1..n; nulls bind as SQL NULL. */
    public static PreparedStatement bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            p.setObject(i + 1, values[i]);
        }
        return p;
    }

    /** A single number from a query such as {@code SELECT count(*) ...}. */
    public static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    public static Double nullableDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    public static EventDate date(ResultSet r, String column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : EventDate.parse(v);
    }

    public static DateSource dateSource(ResultSet r, String column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : DateSource.valueOf(v.toUpperCase(java.util.Locale.ROOT));
    }

    /** "2019-06-28" for a date column, or null. */
    public static String day(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** "year", "month" or "day", or null. */
    public static String precision(EventDate d) {
        return d == null ? null : d.precision().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A string literal for statements that take no parameters (COPY ... TO). */
    public static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
