// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.ExportFormat;
import io.tacitus.store.ExportSubject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tacitus export}: writes the stored events or mentions to a file. */
@Command(name = "export", description = "Write stored events or mentions as CSV, JSON Lines or Parquet, or events in "
        + "ICEWS-like or GDELT-like tab-separated columns (docs/STORE.md).")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--what", description = "events (default) or mentions")
    String what = "events";

    @Option(names = "--format", required = true, description = "csv, jsonl, parquet, icews or gdelt")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (replaced if it exists).")
    Path out;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        ExportSubject subject = ExportSubject.parse(what);
        ExportFormat f = ExportFormat.parse(format);
        try (DuckDbEventStore db = store.openExisting()) {
            long rows = db.export(subject, f, out);
            System.err.println("wrote " + rows + " " + subject.name().toLowerCase(Locale.ROOT) + " to " + out
                    + " (" + f.name().toLowerCase(Locale.ROOT) + ")");
        }
        return 0;
    }
}
