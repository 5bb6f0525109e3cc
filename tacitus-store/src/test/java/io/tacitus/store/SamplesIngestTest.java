// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.EventDate;
import io.tacitus.ingest.FileArticleReader;
import io.tacitus.ingest.ReaderOptions;
import io.tacitus.pipeline.BatchCoder;
import io.tacitus.pipeline.BatchSummary;
import io.tacitus.pipeline.CodingPipeline;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.pipeline.PipelineConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tacitus ingest examples/} end to end, with the real pipeline (CoreNLP: the slow test of the module). */
class SamplesIngestTest {
    @TempDir
    Path dir;

    @Test
    void ingesting_the_samples_twice_leaves_the_same_store() {
        PipelineConfig config = PipelineConfig.defaults();
        Knowledge knowledge = Knowledge.load(config);
        FileArticleReader reader = new FileArticleReader(new ReaderOptions(null, ReaderOptions.DEFAULT_MAX_CHARS));
        List<Path> samples = List.of(Path.of("..", "examples"));
        try (EventStore store = DuckDbEventStore.open(dir.resolve("samples.duckdb"));
             BatchCoder coder = new BatchCoder(1, () -> CodingPipeline.create(config, knowledge))) {
            List<StoreResult> results = new ArrayList<>();
            BatchSummary first = coder.run(reader, samples, new StoreListener(store, results::add, p -> { }));
            assertEquals(2, first.coded());
            StoreCounts once = store.counts();
            List<StoredEvent> events = store.events(EventQuery.all(10_000));
            coder.run(reader, samples, new StoreListener(store, results::add, p -> { }));
            assertEquals(once, store.counts());
            assertEquals(events, store.events(EventQuery.all(10_000)));
            assertEquals(List.of(true, true, false, false), results.stream().map(StoreResult::stored).toList());
            assertTrue(once.events() < once.mentions(), "repeated mentions merge: " + once);
            checkQueries(store);
        }
    }

    private static void checkQueries(EventStore store) {
        List<String> years = store.dyad(new DyadQuery(ActorFilter.parse("USA"), ActorFilter.parse("RUS"), Period.YEAR,
                false, 3)).stream().map(DyadPeriod::label).toList();
        assertTrue(years.containsAll(List.of("2016", "2019")), years.toString());
        assertFalse(store.events(EventQuery.all(10).withDates(EventDate.parse("2014"), EventDate.parse("2014"))).isEmpty(),
                "the 2014 annexation of Crimea keeps its own date");
        StoredEvent osaka = store.events(EventQuery.all(100).withActors(ActorFilter.parse("USAGOV"),
                ActorFilter.parse("RUSGOV")).withRoot("04").withDates(EventDate.parse("2019-06"), EventDate.parse("2019-06")))
                .stream().max(java.util.Comparator.comparingInt(StoredEvent::mentions)).orElseThrow();
        assertEquals(EventDate.parse("2019-06-28"), osaka.date());
        assertTrue(osaka.mentions() > 1, osaka.toString());
    }
}
