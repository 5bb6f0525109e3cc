// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static io.tacitus.store.Fixtures.article;
import static io.tacitus.store.Fixtures.at;
import static io.tacitus.store.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    static Path dir;
    static EventStore store;

    @BeforeAll
    static void fill() {
        store = DuckDbEventStore.open(dir.resolve("x.duckdb"));
        store.store(article("a", "AP", List.of(at(event("a", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"), "Osaka", "JPN"),
                event("a", 1, "RUS", "UKR", "192", "2014"))));
        store.store(article("b", null, List.of(event("b", 0, "RUSGOV", "USAGOV", "040", "2019-06-28"),
                event("b", 3, "RUSGOV", null, "120", "2019-06-28"))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> columns(Path parquet) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
            List<String> names = new ArrayList<>();
            while (r.next()) {
                names.add(r.getString(1));
            }
            return names;
        }
    }

    static long rows(Path parquet) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void parquet_events_and_mentions_read_back_with_their_rows_and_columns() throws Exception {
        Path events = dir.resolve("events.parquet");
        assertEquals(3, store.export(ExportSubject.EVENTS, ExportFormat.PARQUET, events));
        assertEquals(3, rows(events));
        List<String> eventColumns = columns(events);
        assertEquals(List.of("event_id", "date", "date_precision"), eventColumns.subList(0, 3));
        assertTrue(eventColumns.containsAll(List.of("source_code", "target_code", "cameo", "mentions", "articles",
                "outlets", "dedup_key")), eventColumns.toString());
        Path mentions = dir.resolve("mentions.parquet");
        assertEquals(4, store.export(ExportSubject.MENTIONS, ExportFormat.PARQUET, mentions));
        assertEquals(4, rows(mentions));
        assertTrue(columns(mentions).containsAll(List.of("mention_id", "event_id", "article_id", "sentence",
                "sentence_text", "trigger", "rule", "lexicon_version", "actors_version", "source_text")));
    }

    @Test
    void csv_and_json_lines_have_a_header_or_one_object_a_line() throws Exception {
        Path csv = dir.resolve("mentions.csv");
        store.export(ExportSubject.MENTIONS, ExportFormat.CSV, csv);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("mention_id,event_id,article_id,outlet,"), lines.get(0));
        assertEquals(5, lines.size());
        Path jsonl = dir.resolve("events.jsonl");
        store.export(ExportSubject.EVENTS, ExportFormat.JSONL, jsonl);
        List<String> objects = Files.readAllLines(jsonl);
        assertEquals(3, objects.size());
        assertTrue(objects.get(0).startsWith("{\"event_id\":1,"), objects.get(0));
    }

    @Test
    void icews_layout_has_its_twenty_tab_separated_columns() throws Exception {
        Path out = dir.resolve("events.icews.tsv");
        store.export(ExportSubject.EVENTS, ExportFormat.ICEWS, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"),
                List.of(lines.get(0).split("\t", -1)));
        String[] meeting = lines.get(1).split("\t", -1);
        assertEquals(List.of("1", "2019-06-28", "RUSGOV", "GOV", "RUS", "Consult", "040"),
                List.of(meeting).subList(0, 7));
        assertEquals(List.of("a", "0", "AP", "Osaka"), List.of(meeting).subList(11, 15));
    }

    @Test
    void gdelt_layout_has_twenty_nine_columns_and_no_header() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        store.export(ExportSubject.EVENTS, ExportFormat.GDELT, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        String[] meeting = lines.get(0).split("\t", -1);
        assertEquals(29, meeting.length);
        assertEquals(List.of("1", "20190628", "201906", "2019"), List.of(meeting).subList(0, 4));
        assertEquals(List.of("1", "040", "040", "04", "1", "1.0", "2", "2", "2", "0"), List.of(meeting).subList(13, 23));
        assertEquals("a", meeting[28]);
    }

    @Test
    void icews_and_gdelt_layouts_are_for_events_only() {
        assertThrows(IllegalArgumentException.class, () -> store.export(ExportSubject.MENTIONS, ExportFormat.GDELT,
                dir.resolve("no.tsv")));
    }
}
