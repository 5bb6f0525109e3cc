// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the newest schema: applies, in order and each in its own transaction, the SQL
 * resources listed in {@code migrations/index.txt} whose version is above the one recorded in
 * {@code schema_version}. A database newer than this code is refused.
 */
public final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String DIR = "/io/tacitus/store/migrations/";

    private final List<Migration> all;

    private Migrations(List<Migration> all) {
        this.all = List.copyOf(all);
    }

    /** The migrations bundled with this code. */
    public static Migrations bundled() {
        List<Migration> list = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                list.add(Migration.of(name, resource(name)));
            }
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).version() != i + 1) {
                throw new IllegalStateException("migration " + list.get(i).name() + " should be version " + (i + 1));
            }
        }
        return new Migrations(list);
    }

    /** The schema version this code writes. */
    public int latest() {
        return all.size();
    }

    /** Applies what is missing; returns the version the database is at afterwards. */
    public int apply(Connection c) throws SQLException {
        int current = current(c);
        if (current > latest()) {
            throw new StoreException("the store has schema version " + current + ", newer than this Tacitus knows ("
                    + latest() + "): upgrade Tacitus");
        }
        for (Migration m : all.subList(current, all.size())) {
            applyOne(c, m);
        }
        return latest();
    }

    /** The version recorded in the database, 0 for an empty one. */
    public static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            r.next();
            if (r.getLong(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void applyOne(Connection c, Migration m) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : m.statements()) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version VALUES (?, ?, current_timestamp)")) {
                p.setInt(1, m.version());
                p.setString(2, m.name());
                p.executeUpdate();
            }
            c.commit();
            LOG.info("store schema migrated to version {} ({})", m.version(), m.name());
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration " + m.name() + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DIR + name, e);
        }
    }
}
