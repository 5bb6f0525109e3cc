// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import io.tacitus.api.CodedArticle;
import io.tacitus.store.internal.ArticleWriter;
import io.tacitus.store.internal.DyadReader;
import io.tacitus.store.internal.EventReader;
import io.tacitus.store.internal.Exporter;
import io.tacitus.store.internal.Migrations;
import io.tacitus.store.internal.Sql;
import io.tacitus.store.internal.TopActorsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * An {@link EventStore} in one DuckDB file (docs/STORE.md). Opening applies any pending schema migration.
 * DuckDB lets one process at a time open a file for writing. Not thread-safe.
 */
public final class DuckDbEventStore implements EventStore {
    private final Path path;
    private final Connection connection;
    private final int schemaVersion;
    private final ArticleWriter writer;

    private DuckDbEventStore(Path path, Connection connection, int schemaVersion) throws SQLException {
        this.path = path;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.writer = new ArticleWriter(connection);
    }

    /** Opens the store at {@code path}, creating the file and its folder if missing. */
    public static DuckDbEventStore open(Path path) {
        Connection c = null;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
            int version = Migrations.bundled().apply(c);
            return new DuckDbEventStore(path, c, version);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof StoreException se ? se : new StoreException("cannot open store " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file this store lives in. */
    public Path path() {
        return path;
    }

    /**
     * The JDBC connection, for read-only SQL, or for bulk loading into a store that is closed and reopened
     * afterwards (the store reads its id counters when opened). Do not change autocommit or close it.
     */
    public Connection connection() {
        return connection;
    }

    @Override
    public StoreResult store(CodedArticle article) {
        try {
            return writer.store(article);
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + article.article().id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredEvent> events(EventQuery query) {
        return read(() -> new EventReader(connection).events(query), "list events");
    }

    @Override
    public List<StoredMention> mentions(long eventId) {
        return read(() -> new EventReader(connection).mentions(eventId), "read mentions");
    }

    @Override
    public List<DyadPeriod> dyad(DyadQuery query) {
        return read(() -> new DyadReader(connection).dyad(query), "count the dyad");
    }

    @Override
    public TopActors topActors(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return read(() -> new TopActorsReader(connection).top(limit), "rank actors");
    }

    @Override
    public long export(ExportSubject what, ExportFormat format, Path out) {
        return read(() -> new Exporter(connection).export(what, format, out), "export to " + out);
    }

    @Override
    public StoreCounts counts() {
        return read(() -> {
            try (Statement s = connection.createStatement()) {
                return new StoreCounts(schemaVersion, Sql.scalar(s, "SELECT count(*) FROM articles"),
                        Sql.scalar(s, "SELECT count(*) FROM sentences"), Sql.scalar(s, "SELECT count(*) FROM events"),
                        Sql.scalar(s, "SELECT count(*) FROM mentions"));
            }
        }, "count");
    }

    @Override
    public void close() {
        try {
            writer.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + path + ": " + e.getMessage(), e);
        }
    }

    private <T> T read(SqlWork<T> work, String what) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + path + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one reported
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
