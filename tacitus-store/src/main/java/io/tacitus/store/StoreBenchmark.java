// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import io.tacitus.api.EventDate;
import io.tacitus.store.internal.BulkLoader;
import io.tacitus.store.internal.SyntheticCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Measures the store at scale (docs/PERFORMANCE.md, "Event store"): bulk-loads synthetic events into a fresh
 * file, times the {@code dyad}, {@code events} and {@code top-actors} queries, then stores synthetic coded
 * articles one by one and reports the time per article for each block of 1,000.
 */
public final class StoreBenchmark {
    /** Articles per block of the ingest measure. */
    public static final int BLOCK = 1_000;
    private static final int REPEATS = 5;
    private static final long SEED = 20190628L;

    private StoreBenchmark() {
    }

    /**
     * @param db       a file that must not exist yet
     * @param events   synthetic events to bulk-load
     * @param articles synthetic articles to ingest afterwards
     * @param progress told of each step
     */
    public static BenchReport run(Path db, int events, int articles, Consumer<String> progress) {
        if (Files.exists(db)) {
            throw new StoreException("store-bench needs a fresh database, and " + db + " exists");
        }
        double loadSeconds = load(db, events, progress);
        try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
            List<BenchReport.QueryTiming> queries = queries(store);
            progress.accept("ingesting " + articles + " synthetic articles");
            List<Double> blocks = ingest(store, articles, progress);
            return new BenchReport(events, loadSeconds, queries, articles, blocks, store.counts());
        }
    }

    /** Appends the events to a new store, then closes it: the store reads its id counters when opened. */
    private static double load(Path db, int events, Consumer<String> progress) {
        try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
            progress.accept("appending " + events + " synthetic events");
            long t0 = System.nanoTime();
            BulkLoader.appendEvents(store.connection(), events, SEED);
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.accept(String.format("appended in %.1f s; timing queries", seconds));
            return seconds;
        } catch (SQLException e) {
            throw new StoreException("bulk load failed: " + e.getMessage(), e);
        }
    }

    private static List<BenchReport.QueryTiming> queries(EventStore store) {
        ActorFilter usa = ActorFilter.parse("USA");
        ActorFilter rus = ActorFilter.parse("RUS");
        List<BenchReport.QueryTiming> list = new ArrayList<>();
        list.add(time("dyad USA RUS --by month", () -> store.dyad(new DyadQuery(usa, rus, Period.MONTH, false, 3)).size()));
        list.add(time("dyad USAGOV RUSGOV --by year --directed", () -> store.dyad(new DyadQuery(
                ActorFilter.parse("USAGOV"), ActorFilter.parse("RUSGOV"), Period.YEAR, true, 3)).size()));
        list.add(time("events --source USA --target RUS --limit 100",
                () -> store.events(EventQuery.all(100).withActors(usa, rus)).size()));
        list.add(time("events --root 19 --from 2018-01 --to 2018-03 --limit 100", () -> store.events(EventQuery.all(100)
                .withRoot("19").withDates(EventDate.parse("2018-01"), EventDate.parse("2018-03"))).size()));
        list.add(time("events --place SYR --limit 100", () -> store.events(EventQuery.all(100).withPlace("SYR")).size()));
        list.add(time("top-actors --limit 10", () -> store.topActors(10).actors().size()));
        return list;
    }

    private static BenchReport.QueryTiming time(String name, Supplier<Integer> query) {
        double[] ms = new double[REPEATS];
        int rows = 0;
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            rows = query.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double first = ms[0];
        Arrays.sort(ms);
        return new BenchReport.QueryTiming(name, rows, first, ms[REPEATS / 2]);
    }

    private static List<Double> ingest(EventStore store, int articles, Consumer<String> progress) {
        SyntheticCorpus corpus = new SyntheticCorpus(SEED + 7);
        List<Double> blocks = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int n = 1; n <= articles; n++) {
            store.store(corpus.article(n));
            if (n % BLOCK == 0 || n == articles) {
                int size = n % BLOCK == 0 ? BLOCK : n % BLOCK;
                double ms = (System.nanoTime() - t0) / 1e6 / size;
                blocks.add(ms);
                progress.accept(String.format("articles %d-%d: %.2f ms/article", n - size + 1, n, ms));
                t0 = System.nanoTime();
            }
        }
        return blocks;
    }
}
