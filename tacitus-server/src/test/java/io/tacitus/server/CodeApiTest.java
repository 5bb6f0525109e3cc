// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tacitus.api.ActorCode;
import io.tacitus.api.Article;
import io.tacitus.api.CameoCode;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.DateSource;
import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.EventDate;
import io.tacitus.api.EventType;
import io.tacitus.api.Provenance;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/code} with a stand-in coder: one Consult event per article, or a failure on "boom". */
class CodeApiTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static final AtomicInteger CODED = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, CodeApiTest::code);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static CodedArticle code(Article a) {
        if (a.text().contains("boom")) {
            throw new IllegalStateException("pipeline broke");
        }
        CODED.incrementAndGet();
        Provenance p = new Provenance(a.id(), 0, a.text(), "met", "meet", "lex-1", "act-1");
        Event e = new Event(a.id() + "#0", new EventActor(new ActorCode("USA", "GOV"), "Donald Trump", "person:trump", "Trump"),
                new EventActor(new ActorCode("RUS", "GOV"), "Vladimir Putin", "person:putin", "Putin"),
                new EventType(new CameoCode("040"), "Consult", 1.0, 1, "CONSULT"), EventDate.of(a.date()),
                DateSource.DOCUMENT, null, p);
        return new CodedArticle(a, 1, List.of(e), List.of());
    }

    private static String body(String text) {
        return "{\"text\": \"" + text + "\", \"date\": \"2018-07-17\", \"title\": \"Helsinki\"}";
    }

    @Test
    void codes_an_article_without_storing_it() {
        long before = server.store.counts().articles();
        TestServer.Answer a = server.post("/api/code", body("Trump met Putin in Helsinki."));
        assertEquals(200, a.status(), a.body());
        JsonNode r = a.json();
        assertTrue(r.get("article_id").asText().startsWith("web-"));
        assertEquals("Helsinki", r.get("title").asText());
        assertEquals("2018-07-17", r.get("date").asText());
        JsonNode event = r.get("events").get(0);
        assertEquals("Trump met Putin in Helsinki.", event.get("sentence_text").asText());
        assertEquals("USAGOV", event.get("source").get("code").asText());
        assertEquals("Trump", event.get("source").get("text").asText());
        assertEquals("met", event.get("trigger").asText());
        assertEquals(1, event.get("schema_version").asInt());
        assertTrue(r.get("stored").isNull());
        assertEquals(before, server.store.counts().articles());
    }

    @Test
    void stores_when_asked_and_skips_the_same_text_the_second_time() {
        String json = body("Trump met Putin again.");
        JsonNode first = server.post("/api/code?store=true", json).json();
        assertEquals("stored", first.get("stored").get("outcome").asText());
        assertEquals(1, first.get("stored").get("mentions").asInt());
        String id = first.get("article_id").asText();
        assertEquals(200, server.get("/api/articles/" + id).status());
        JsonNode again = server.post("/api/code?store=true", json).json();
        assertEquals("duplicate_id", again.get("stored").get("outcome").asText());
        assertEquals(id, again.get("article_id").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"text\": \"x\"}", "{\"date\": \"2019-06-28\"}", "{\"text\": \" \", \"date\": \"2019-06-28\"}",
        "{\"text\": \"x\", \"date\": \"June 28\"}", "{\"text\": \"x\", \"date\": \"2019-02-30\"}",
        "{\"text\": \"x\", \"date\": \"2019-06-28\", \"outlet\": \"AP\"}", "not json", "[1, 2]", "null", "",
        "{\"text\": 12, \"date\": \"2019-06-28\""})
    void refuses_a_body_without_text_and_date_with_400(String json) {
        int coded = CODED.get();
        TestServer.Answer a = server.post("/api/code", json);
        assertEquals(400, a.status(), a.body());
        assertEquals(400, a.json().get("status").asInt());
        assertEquals(coded, CODED.get(), "nothing coded");
    }

    @Test
    void refuses_a_bad_store_flag_with_400() {
        assertEquals(400, server.post("/api/code?store=yes", body("x")).status());
    }

    @Test
    void refuses_a_body_over_one_mebibyte_with_413_whether_announced_or_chunked() {
        String big = body("a".repeat(ServerConfig.DEFAULT_MAX_BODY_BYTES));
        TestServer.Answer announced = server.post("/api/code", big);
        assertEquals(413, announced.status(), announced.body());
        assertEquals(413, announced.json().get("status").asInt());
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        TestServer.Answer chunked = server.post("/api/code",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        assertEquals(413, chunked.status(), chunked.body());
    }

    @Test
    void answers_500_as_json_when_the_coder_fails() {
        TestServer.Answer a = server.post("/api/code", body("boom"));
        assertEquals(500, a.status());
        assertEquals(500, a.json().get("status").asInt());
        assertTrue(a.json().get("error").asText().startsWith("internal error"), a.body());
    }
}
