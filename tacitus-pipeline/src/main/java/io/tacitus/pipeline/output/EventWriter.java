// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline.output;

import io.tacitus.api.Event;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes events as they come; flushes after each article so that nothing written is lost. Not thread-safe. */
public interface EventWriter extends Closeable {
    void write(List<Event> events) throws IOException;

    /** A writer for the named format: "jsonl" or "csv". */
    static EventWriter of(String format, OutputStream out) throws IOException {
        return switch (format) {
            case "jsonl", "json" -> new JsonLinesEventWriter(out);
            case "csv" -> new CsvEventWriter(out);
            default -> throw new IllegalArgumentException("unknown output format: " + format + " (jsonl or csv)");
        };
    }
}
