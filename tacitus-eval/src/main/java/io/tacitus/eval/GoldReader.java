// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads gold files in the format of eval/README.md. A malformed gold line is an error naming file and line. */
public final class GoldReader {
    private final ObjectMapper json = new ObjectMapper();

    public List<GoldDocument> read(Path file) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = json.readTree(line);
                    docs.add(new GoldDocument(n.get("id").asText(), file.toString(),
                            events(n.get("gold"), false), events(n.get("forbid"), true)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + number + ": bad gold line: " + e.getMessage(), e);
                }
            }
        }
        return docs;
    }

    private static List<GoldEvent> events(JsonNode array, boolean forbid) {
        List<GoldEvent> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (JsonNode g : array) {
            List<String> roots = new ArrayList<>();
            g.get("roots").forEach(r -> roots.add(r.asText()));
            JsonNode date = g.get("date");
            out.add(new GoldEvent(g.get("src").asText(), g.get("tgt").asText(), roots,
                    date == null || date.isNull() ? null : date.asText(),
                    !forbid && g.path("opt").asBoolean(false), !forbid && g.path("sym").asBoolean(false)));
        }
        return out;
    }
}
