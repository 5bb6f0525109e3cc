// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.store.ActorActivity;
import io.tacitus.store.TopActors;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Ranks actors (as source or target) and unordered pairs of actors by the events they take part in. */
public final class TopActorsReader {
    private final Connection connection;

    public TopActorsReader(Connection connection) {
        this.connection = connection;
    }

    public TopActors top(int limit) throws SQLException {
        String actors = "SELECT code, count(*) AS n, sum(mentions) AS m FROM ("
                + "SELECT source_code AS code, mentions FROM events UNION ALL "
                + "SELECT target_code, mentions FROM events WHERE target_code IS NOT NULL AND target_code <> source_code"
                + ") GROUP BY code ORDER BY n DESC, m DESC, code LIMIT " + limit;
        String dyads = "SELECT least(source_code, target_code) AS a, greatest(source_code, target_code) AS b, "
                + "count(*) AS n, sum(mentions) AS m FROM events WHERE target_code IS NOT NULL "
                + "GROUP BY a, b ORDER BY n DESC, m DESC, a, b LIMIT " + limit;
        return new TopActors(read(actors, false), read(dyads, true));
    }

    private List<ActorActivity> read(String sql, boolean pairs) throws SQLException {
        List<ActorActivity> list = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<String> codes = pairs ? List.of(r.getString("a"), r.getString("b")) : List.of(r.getString("code"));
                list.add(new ActorActivity(codes, r.getLong("n"), r.getLong("m")));
            }
        }
        return list;
    }
}
