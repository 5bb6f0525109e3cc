// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.store.internal.Sql;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an ingesting process and checks that what it reported stored is whole and nothing is half stored. */
class CrashSafetyTest {
    private static final int REPORTED_BEFORE_KILL = 25;

    @TempDir
    Path dir;

    @Test
    void a_killed_ingest_keeps_every_reported_article_whole_and_no_partial_one() throws Exception {
        Path db = dir.resolve("crash.duckdb");
        Map<String, Integer> reported = ingestUntilKilled(db);
        assertEquals(REPORTED_BEFORE_KILL, reported.size());
        try (DuckDbEventStore store = DuckDbEventStore.open(db); Statement s = store.connection().createStatement()) {
            for (Map.Entry<String, Integer> a : reported.entrySet()) {
                assertEquals(a.getValue().longValue(), Sql.scalar(s,
                        "SELECT count(*) FROM mentions WHERE article_id = " + Sql.literal(a.getKey())), a.getKey());
            }
            long articles = Sql.scalar(s, "SELECT count(*) FROM articles");
            assertTrue(articles == reported.size() || articles == reported.size() + 1, "articles: " + articles);
            assertEquals(0, Sql.scalar(s, "SELECT count(*) FROM articles a WHERE mention_count <> "
                    + "(SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id)"), "partial articles");
            assertEquals(0, Sql.scalar(s, "SELECT count(*) FROM mentions m WHERE NOT EXISTS "
                    + "(SELECT 1 FROM articles a WHERE a.article_id = m.article_id)"), "mentions without article");
            assertEquals(0, Sql.scalar(s, "SELECT count(*) FROM events e WHERE mentions <> "
                    + "(SELECT count(*) FROM mentions m WHERE m.event_id = e.event_id)"), "stale event counts");
            assertEquals(SlowIngestMain.MENTIONS * articles, Sql.scalar(s, "SELECT sum(mentions) FROM events"));
            assertTrue(store.store(SlowIngestMain.article(new io.tacitus.store.internal.SyntheticCorpus(7), 10_000))
                    .stored(), "the store takes new articles after the crash");
        }
    }

    private static Map<String, Integer> ingestUntilKilled(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-cp", classpath, SlowIngestMain.class.getName(), db.toString(), "100000")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Integer> reported = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < REPORTED_BEFORE_KILL && (line = out.readLine()) != null) {
                String[] f = line.split(" ");
                if (f.length == 3 && f[0].equals("stored")) {
                    reported.put(f[1], Integer.parseInt(f[2]));
                }
            }
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the ingest process did not die");
        }
        return reported;
    }
}
