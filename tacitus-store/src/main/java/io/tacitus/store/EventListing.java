// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Writes a list of stored events as an aligned table, JSON Lines or CSV (columns as {@link #COLUMNS}). */
public final class EventListing {
    /** Field names of the JSON Lines and CSV forms. */
    public static final List<String> COLUMNS = List.of("event_id", "date", "source", "source_name", "target",
            "target_name", "symmetric", "cameo", "cameo_name", "root", "goldstein", "quad_class", "place",
            "place_country", "mentions", "articles", "outlets");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventListing() {
    }

    public static void write(List<StoredEvent> events, Format format, Appendable out) {
        try {
            switch (format) {
                case TABLE -> table(events, out);
                case JSONL -> {
                    for (StoredEvent e : events) {
                        out.append(json(e)).append('\n');
                    }
                }
                case CSV -> {
                    out.append(String.join(",", COLUMNS)).append('\n');
                    for (StoredEvent e : events) {
                        out.append(csv(values(e))).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(List<StoredEvent> events, Appendable out) throws IOException {
        String row = "%8s  %-10s  %-27s  %-5s  %-32s  %5s  %4s  %-16s  %8s  %8s  %7s%n";
        out.append(String.format(Locale.ROOT, row, "id", "date", "dyad", "cameo", "event", "gold", "quad",
                "place", "mentions", "articles", "outlets"));
        for (StoredEvent e : events) {
            out.append(String.format(Locale.ROOT, row, e.id(), e.date() == null ? "-" : e.date(), cut(e.dyad(), 27),
                    e.cameo(), cut(e.cameoName(), 32), String.format(Locale.ROOT, "%.1f", e.goldstein()),
                    e.quadClass(), cut(e.placeName() == null ? "-" : e.placeName(), 16), e.mentions(), e.articles(),
                    e.outlets()));
        }
    }

    private static List<Object> values(StoredEvent e) {
        return Arrays.asList(e.id(), e.date() == null ? null : e.date().toString(), e.sourceCode(), e.sourceName(),
                e.targetCode(), e.targetName(), e.symmetric(), e.cameo(), e.cameoName(), e.root(), e.goldstein(),
                e.quadClass(), e.placeName(), e.placeCountry(), e.mentions(), e.articles(), e.outlets());
    }

    private static String json(StoredEvent e) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> values = values(e);
        for (int i = 0; i < COLUMNS.size(); i++) {
            m.put(COLUMNS.get(i), values.get(i));
        }
        return JSON.writeValueAsString(m);
    }

    private static String csv(List<Object> values) {
        StringJoiner row = new StringJoiner(",");
        for (Object v : values) {
            String s = v == null ? "" : v.toString();
            boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
            row.add(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        return row.toString();
    }

    private static String cut(String s, int width) {
        return s == null ? "-" : s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** How to write the list. */
    public enum Format {
        TABLE, JSONL, CSV;

        public static Format parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format must be table, jsonl or csv: " + text, e);
            }
        }
    }
}
