// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.internal;

import io.tacitus.store.ActorFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A WHERE clause over the events table built from {@link EventCriteria}, with its parameters in order. */
final class SqlFilter {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    static SqlFilter of(EventCriteria c) {
        SqlFilter f = new SqlFilter();
        if (c.source() != null || c.target() != null) {
            f.dyad(c.source(), c.target(), c.either());
        }
        if (c.actor() != null) {
            String m = c.actor().prefix() ? "starts_with(%s, ?)" : "%s = ?";
            f.add("(" + m.formatted("source_code") + " OR " + m.formatted("target_code") + ")", c.actor().code(),
                    c.actor().code());
        }
        if (c.root() != null) {
            f.add("root = ?", c.root());
        }
        if (c.quadClass() != null) {
            f.add("quad_class = ?", c.quadClass());
        }
        if (c.from() != null) {
            f.add("date_end >= CAST(? AS DATE)", c.from().start().toString());
        }
        if (c.to() != null) {
            f.add("date_start <= CAST(? AS DATE)", c.to().end().toString());
        }
        if (c.place() != null) {
            f.add("(lower(place_name) = ? OR place_country = ?)", c.place().toLowerCase(Locale.ROOT),
                    c.place().toUpperCase(Locale.ROOT));
        }
        return f;
    }

    SqlFilter add(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** " WHERE a AND b", or "" without conditions. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the parameters from index 1 on; returns the next free index. */
    int bind(PreparedStatement p) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
        }
        return params.size() + 1;
    }

    /** x → y, or y → x: for symmetric events only (as the store's {@code events} query), or for all. */
    private void dyad(ActorFilter x, ActorFilter y, boolean either) {
        SqlFilter xy = new SqlFilter();
        xy.actor("source_code", x).actor("target_code", y);
        SqlFilter yx = new SqlFilter();
        yx.actor("source_code", y).actor("target_code", x);
        List<Object> all = new ArrayList<>(xy.params);
        all.addAll(yx.params);
        String reverse = either ? yx.conjunction() : "(undirected AND " + yx.conjunction() + ")";
        add("(" + xy.conjunction() + " OR " + reverse + ")", all.toArray());
    }

    private SqlFilter actor(String column, ActorFilter a) {
        if (a != null) {
            add(a.prefix() ? "starts_with(" + column + ", ?)" : column + " = ?", a.code());
        }
        return this;
    }

    private String conjunction() {
        return conditions.isEmpty() ? "TRUE" : "(" + String.join(" AND ", conditions) + ")";
    }
}
