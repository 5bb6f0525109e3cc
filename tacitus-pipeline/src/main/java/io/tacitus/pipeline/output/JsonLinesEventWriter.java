// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tacitus.api.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One JSON object per line, in the nested record of {@link EventRecords}. */
public final class JsonLinesEventWriter implements EventWriter {
    private final ObjectMapper json = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private final Writer out;

    public JsonLinesEventWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void write(List<Event> events) throws IOException {
        for (Event e : events) {
            out.write(json.writeValueAsString(EventRecords.nested(e)));
            out.write('\n');
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
        out.close();
    }
}
