// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tacitus.api.Article;
import io.tacitus.ingest.FileArticleReader;
import io.tacitus.ingest.ReaderOptions;
import io.tacitus.pipeline.BatchCoder;
import io.tacitus.pipeline.BatchSummary;
import io.tacitus.pipeline.CodingPipeline;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.pipeline.PipelineConfig;
import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.StoreListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app in headless Chromium over the two samples coded by the real pipeline (as {@code tacitus ingest
 * examples/}) plus a hostile article: the dyad chart draws, events link to their highlighted sentences, and
 * markup in an article is shown as text and never runs. Skipped only when Chromium is not installed.
 */
class BrowserEndToEndTest {
    /** Markup whose only effect, if it ever ran or were parsed, would be visible in the DOM. */
    static final String HOSTILE_TEXT = "<script>document.body.dataset.pwned='1'</script> US President Donald Trump met "
            + "Russian President Vladimir Putin in Helsinki on July 16, 2018. <img src=x onerror=\"document.body."
            + "dataset.pwned='2'\"> The two leaders spoke for two hours.";
    static final String HOSTILE_TITLE = "<img src=x onerror=\"document.body.dataset.pwned='3'\">Helsinki";
    static final Path SCREENSHOT = Path.of("target", "dyad.png");

    @TempDir
    static Path dir;
    static Chromium chromium;
    static TestServer web;

    @BeforeAll
    static void ingestTheSamplesAndServe() throws Exception {
        chromium = Chromium.find(dir).orElse(null);
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (Debian: apt-get install chromium)");
        PipelineConfig config = PipelineConfig.defaults();
        Knowledge knowledge = Knowledge.load(config);
        DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("samples.duckdb"));
        try (BatchCoder coder = new BatchCoder(1, () -> CodingPipeline.create(config, knowledge))) {
            BatchSummary summary = coder.run(new FileArticleReader(ReaderOptions.defaults()),
                    List.of(Path.of("..", "examples")), new StoreListener(store, r -> { }, p -> { }));
            assertEquals(2, summary.coded());
            store.store(CodingPipeline.create(config, knowledge).code(new Article("hostile", HOSTILE_TEXT,
                    LocalDate.of(2018, 7, 17), HOSTILE_TITLE, "javascript:alert(1)", "Evil Times")));
        }
        web = TestServer.of(store, TacitusServer.start(ServerConfig.defaults().withPort(0), store,
                new PooledPipelineCoder(config, 1)));
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    private static String url(String hash) {
        return web.server.url() + hash;
    }

    private static JsonNode api(String path) throws Exception {
        TestServer.Answer a = web.get(path);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void dyad_view_draws_the_usa_russia_chart_on_the_span_2014_to_2019() throws Exception {
        String dom = chromium.dumpDom(url("#dyad?x=USA&y=RUS"));
        assertTrue(Pattern.compile("<canvas[^>]*data-rendered=\"true\"").matcher(dom).find(), dom);
        assertTrue(dom.contains("data-axis-from=\"2014-01\""), "the axis starts with the store's first year");
        assertTrue(dom.contains("data-axis-to=\"2019-06\""), "and ends with its last month");
        for (String period : List.of("2016-11", "2018-07", "2018-11", "2019-06")) {
            assertTrue(dom.contains("data-period=\"" + period + "\""), period);
        }
        assertTrue(Pattern.compile("href=\"#event/\\d+\"").matcher(dom).find(), "top events link to their pages");
        assertFalse(dom.contains("data-pwned"));
        chromium.screenshot(url("#dyad?x=USA&y=RUS"), SCREENSHOT);
        assertTrue(Files.size(SCREENSHOT) > 20_000, "a screenshot with a chart in it");
    }

    @Test
    void event_view_marks_the_trigger_source_and_target_in_every_sentence() throws Exception {
        JsonNode june = null;
        for (JsonNode p : api("/api/dyad?x=USA&y=RUS&top=1").get("periods")) {
            if (p.get("label").asText().equals("2019-06")) {
                june = p.get("top").get(0);
            }
        }
        assertTrue(june != null, "the Osaka meeting is there");
        String dom = chromium.dumpDom(url("#event/" + june.get("event_id").asLong()));
        assertTrue(dom.contains("<mark class=\"trigger\""), dom);
        assertTrue(dom.contains("<mark class=\"source\""), dom);
        assertTrue(dom.contains("href=\"#article/2019-06-29-g20-osaka\""), "mentions link to their article");
        Matcher counts = Pattern.compile("(\\d+) mentions? in (\\d+) articles? from (\\d+) outlets?").matcher(dom);
        assertTrue(counts.find(), "the counts are shown");
        assertEquals(june.get("mentions").asInt(), Integer.parseInt(counts.group(1)));
    }

    @Test
    void markup_in_an_article_is_shown_as_text_and_never_runs() throws Exception {
        long id = api("/api/events?place=Helsinki").get("items").get(0).get("event_id").asLong();
        for (String hash : List.of("#article/hostile", "#event/" + id, "#dyad?x=USA&y=RUS", "#articles")) {
            String dom = chromium.dumpDom(url(hash));
            assertFalse(dom.contains("data-pwned"), hash + ": a script ran");
            assertFalse(dom.contains("<img src=\"x\"") || dom.contains("<img src=x"), hash + ": markup was parsed");
            assertFalse(dom.contains("href=\"javascript:"), hash + ": a javascript: link was made");
        }
        String article = chromium.dumpDom(url("#article/hostile"));
        assertTrue(article.contains("&lt;script&gt;document.body.dataset.pwned='1'&lt;/script&gt;"), article);
        assertTrue(article.contains("&lt;img src=x onerror=\"document.body.dataset.pwned='3'\"&gt;Helsinki"), article);
    }

    @Test
    void map_view_draws_the_event_places_without_any_tile_server() throws Exception {
        String dom = chromium.dumpDom(url("#map"));
        Matcher m = Pattern.compile("id=\"map\"[^>]*data-places=\"(\\d+)\"|data-places=\"(\\d+)\"[^>]*id=\"map\"").matcher(dom);
        assertTrue(dom.contains("data-rendered=\"true\""), dom);
        assertTrue(m.find(), dom);
        assertTrue(dom.contains("leaflet-interactive"), "place markers are drawn");
        assertTrue(dom.contains("Osaka"));
    }

    @Test
    void code_endpoint_codes_posted_text_with_the_real_pipeline_and_returns_markup_as_data() throws Exception {
        String body = "{\"text\": " + new ObjectMapper().writeValueAsString(HOSTILE_TEXT) + ", \"date\": \"2018-07-17\"}";
        TestServer.Answer a = web.post("/api/code", body);
        assertEquals(200, a.status(), a.body());
        JsonNode meeting = a.json().get("events").get(0);
        assertEquals("040", meeting.get("cameo").asText());
        assertEquals("2018-07-16", meeting.get("date").asText());
        assertTrue(meeting.get("sentence_text").asText().startsWith("<script>"), meeting.toString());
        assertTrue(a.json().get("stored").isNull());
    }
}
