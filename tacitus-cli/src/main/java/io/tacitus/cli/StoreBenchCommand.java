// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.store.BenchReport;
import io.tacitus.store.StoreBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tacitus store-bench}: times the event store on synthetic data (docs/PERFORMANCE.md). */
@Command(name = "store-bench", description = "Bulk-load synthetic events into a fresh store, time the dyad, events and "
        + "top-actors queries, then time the ingest of synthetic articles per block of 1,000.")
final class StoreBenchCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH",
            description = "A new store file to keep (default: a temporary file, deleted afterwards).")
    Path db;

    @Option(names = "--events", paramLabel = "N", description = "Synthetic events to bulk-load (default ${DEFAULT-VALUE}).")
    int events = 1_000_000;

    @Option(names = "--articles", paramLabel = "N", description = "Synthetic articles to ingest (default ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Override
    public Integer call() throws IOException {
        Path dir = db == null ? Files.createTempDirectory("tacitus-store-bench") : null;
        Path file = db == null ? dir.resolve("bench.duckdb") : db;
        try {
            BenchReport report = StoreBenchmark.run(file, events, articles, System.err::println);
            System.out.print(report.render());
        } finally {
            if (dir != null) {
                Files.deleteIfExists(file.resolveSibling("bench.duckdb.wal"));
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
        return 0;
    }
}
