// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.tacitus.api.CodedArticle;
import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.StoreException;
import io.tacitus.store.StoreResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The event store shared by the request threads. The store is not thread-safe, so every read and write holds
 * one lock; reads are milliseconds on a local file, and coding (seconds) happens outside the lock.
 */
public final class LockedStore {
    private final DuckDbEventStore store;
    private final ReentrantLock lock = new ReentrantLock(true);

    public LockedStore(DuckDbEventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Runs a read through the store's API, alone. */
    public <T> T read(Function<DuckDbEventStore, T> work) {
        lock.lock();
        try {
            return work.apply(store);
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only SQL on the store's connection (docs/STORE.md, "Schema"), alone. */
    public <T> T sql(SqlWork<T> work) {
        return read(s -> {
            try {
                return work.run(s.connection());
            } catch (SQLException e) {
                throw new StoreException("cannot read " + s.path() + ": " + e.getMessage(), e);
            }
        });
    }

    /** Stores a coded article in one transaction. */
    public StoreResult store(CodedArticle article) {
        return read(s -> s.store(article));
    }

    /** Read-only work on the store's JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
