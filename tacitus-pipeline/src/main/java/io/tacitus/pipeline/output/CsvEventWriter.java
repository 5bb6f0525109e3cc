// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline.output;

import io.tacitus.api.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV with a header row: the flat columns of {@link EventRecords}. */
public final class CsvEventWriter implements EventWriter {
    private final Writer out;

    public CsvEventWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        row(List.copyOf(EventRecords.COLUMNS));
        this.out.flush();
    }

    @Override
    public void write(List<Event> events) throws IOException {
        for (Event e : events) {
            row(EventRecords.flat(e));
        }
        out.flush();
    }

    private void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values.get(i)));
        }
        out.write("\r\n");
    }

    /** A cell, quoted when it holds a comma, quote or line break. */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.flush();
        out.close();
    }
}
