// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void a_small_run_loads_times_the_queries_and_ingests_in_blocks() {
        List<String> progress = new ArrayList<>();
        BenchReport r = StoreBenchmark.run(dir.resolve("bench.duckdb"), 2_000, 30, progress::add);
        assertEquals(6, r.queries().size());
        assertEquals(1, r.msPerArticle().size());
        assertEquals(30, r.counts().articles());
        assertTrue(r.counts().events() >= 2_000, r.counts().toString());
        assertTrue(r.render().contains("| `dyad USA RUS --by month` |"), r.render());
        assertTrue(progress.get(0).startsWith("appending 2000"), progress.toString());
    }

    @Test
    void it_refuses_an_existing_file() throws Exception {
        Path existing = Files.createFile(dir.resolve("taken.duckdb"));
        assertThrows(StoreException.class, () -> StoreBenchmark.run(existing, 10, 1, s -> { }));
    }
}
