// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static io.tacitus.store.Fixtures.article;
import static io.tacitus.store.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitus.api.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreListenerTest {
    @TempDir
    Path dir;

    @Test
    void stores_each_coded_article_and_passes_problems_on() {
        List<StoreResult> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (EventStore store = DuckDbEventStore.open(dir.resolve("l.duckdb"))) {
            StoreListener listener = new StoreListener(store, results::add, problems::add);
            var a = article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "040", "2019-06-28")));
            listener.coded(a);
            listener.coded(a);
            listener.problem(Problem.error("bad.txt", Problem.Code.EMPTY, "no text"));
            assertEquals(List.of(StoreResult.Outcome.STORED, StoreResult.Outcome.DUPLICATE_ID),
                    results.stream().map(StoreResult::outcome).toList());
            assertEquals(1, problems.size());
            assertEquals("1 articles stored, 1 duplicates skipped, 1 mentions, 1 new events", listener.summary());
        }
    }
}
