// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static io.tacitus.store.Fixtures.article;
import static io.tacitus.store.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.store.internal.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuckDbEventStoreTest extends EventStoreContractTest {
    @Override
    protected EventStore open(Path db) {
        return DuckDbEventStore.open(db);
    }

    @Test
    void opening_creates_the_folder_and_records_the_schema_version_once() throws Exception {
        Path db = dir.resolve("deep/folder/tacitus.duckdb");
        DuckDbEventStore.open(db).close();
        DuckDbEventStore.open(db).close();
        assertTrue(Files.exists(db));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement s = c.createStatement();
             var r = s.executeQuery("SELECT count(*), max(version) FROM schema_version")) {
            r.next();
            assertEquals(List.of(1L, (long) Migrations.bundled().latest()), List.of(r.getLong(1), r.getLong(2)));
        }
    }

    @Test
    void a_store_newer_than_the_code_is_refused() throws Exception {
        Path db = dir.resolve("newer.duckdb");
        DuckDbEventStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (999, 'V999__future.sql', current_timestamp)");
        }
        StoreException e = assertThrows(StoreException.class, () -> DuckDbEventStore.open(db));
        assertTrue(e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void data_survive_closing_and_reopening() {
        store.store(article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"))));
        store.close();
        store = open(dir.resolve("store.duckdb"));
        store.store(article("b", "RT", List.of(event("b", 0, "RUSGOV", "USAGOV", "040", "2019-06-28"))));
        assertEquals(new StoreCounts(1, 2, 2, 1, 2), store.counts());
        assertEquals(2, all().get(0).mentions());
    }

    @Test
    void an_article_whose_write_fails_leaves_nothing_behind() throws Exception {
        DuckDbEventStore duck = (DuckDbEventStore) store;
        duck.store(article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"))));
        try (Statement s = duck.connection().createStatement()) {
            s.execute("INSERT INTO mentions SELECT * REPLACE (mention_id + 2 AS mention_id) FROM mentions");
        }
        StoreCounts before = store.counts();
        var b = article("b", "RT", List.of(event("b", 0, "RUSGOV", "USAGOV", "040", "2019-06-28"),
                event("b", 1, "USA", "RUS", "112", "2019-06-28")));
        assertThrows(StoreException.class, () -> store.store(b));
        assertEquals(before, store.counts());
        assertEquals(1, all().get(0).mentions());
    }
}
