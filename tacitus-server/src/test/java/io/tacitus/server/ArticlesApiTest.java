// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ArticlesApiTest extends SyntheticServerTest {
    @Test
    void lists_articles_without_their_text() {
        JsonNode page = server.get("/api/articles").json();
        assertEquals(4, page.get("total").asInt());
        JsonNode first = page.get("items").get(0);
        assertEquals("ap-osaka", first.get("article_id").asText());
        assertEquals("2019-06-29", first.get("published").asText());
        assertEquals("AP", first.get("outlet").asText());
        assertEquals(2, first.get("mention_count").asInt());
        assertFalse(first.has("text"));
        JsonNode second = server.get("/api/articles?limit=2&offset=2").json();
        assertEquals(2, second.get("items").size());
        assertEquals(400, server.get("/api/articles?limit=1000").status());
    }

    @Test
    void answers_one_article_with_its_text_events_and_mentions() {
        JsonNode a = server.get("/api/articles/rt-osaka").json();
        assertEquals("Putin and Trump talk", a.get("article").get("title").asText());
        assertEquals("Putin negotiated with Trump on June 28.", a.get("text").asText());
        JsonNode events = a.get("events");
        assertEquals(2, events.size());
        assertEquals("2014", events.get(0).get("date").asText());
        assertEquals(2, events.get(1).get("mentions").asInt(), "the meeting is merged with AP's report");
        JsonNode mentions = a.get("mentions");
        assertEquals(2, mentions.size(), "only this article's mentions");
        mentions.forEach(m -> assertEquals("rt-osaka", m.get("article_id").asText()));
    }

    @Test
    void answers_404_for_an_unknown_article() {
        TestServer.Answer a = server.get("/api/articles/no-such-article");
        assertEquals(404, a.status());
        assertEquals("no article no-such-article", a.json().get("error").asText());
    }
}
