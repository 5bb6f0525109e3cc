// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the event store commands (docs/STORE.md). */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "Event store file (default: $TACITUS_DB, else data/tacitus.duckdb in the working directory).")
    Path db;

    Path path() {
        return StoreLocation.resolve(db, System.getenv());
    }

    /** Opens the store, creating it if missing. */
    DuckDbEventStore openOrCreate() {
        return DuckDbEventStore.open(path());
    }

    /** Opens a store that must exist already: queries on a missing file are a usage error. */
    DuckDbEventStore openExisting() {
        Path p = path();
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("no event store at " + p
                    + ": run `tacitus ingest` first, or give --db or " + StoreLocation.ENV);
        }
        return DuckDbEventStore.open(p);
    }
}
