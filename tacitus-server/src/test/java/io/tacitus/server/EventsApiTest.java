// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventsApiTest extends SyntheticServerTest {
    private static JsonNode page(String query) {
        TestServer.Answer a = server.get("/api/events" + query);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static List<String> dates(JsonNode page) {
        List<String> dates = new ArrayList<>();
        page.get("items").forEach(e -> dates.add(e.get("date").asText()));
        return dates;
    }

    @Test
    void lists_every_event_in_date_order_with_the_total() {
        JsonNode page = page("");
        assertEquals(16, page.get("total").asInt());
        assertEquals(50, page.get("limit").asInt());
        List<String> dates = dates(page);
        assertEquals("2014", dates.get(0));
        assertEquals("2016-11", dates.get(1));
        assertEquals("2019-06-28", dates.get(dates.size() - 1));
    }

    @Test
    void pages_with_limit_and_offset() {
        List<String> all = dates(page("?limit=500"));
        JsonNode second = page("?limit=5&offset=5");
        assertEquals(16, second.get("total").asInt());
        assertEquals(5, second.get("offset").asInt());
        assertEquals(all.subList(5, 10), dates(second));
        assertEquals(0, page("?offset=100").get("items").size());
    }

    @ParameterizedTest(name = "{0} gives {1} events")
    @CsvSource({
        "?source=USA&target=RUS, 3",
        "?source=RUS&target=USA, 1",
        "?source=RUS&target=USA&either=true, 3",
        "?source=USAGOV, 2",
        "?actor=UKR, 1",
        "?actor=usa, 3",
        "?quad=4, 2",
        "?root=19, 1",
        "?root=01&quad=1, 12",
        "?from=2017-03-05&to=2017-03-06, 2",
        "?from=2018, 2",
        "?to=2015, 1",
        "?place=osaka, 1",
        "?place=JPN, 1",
        "?place=Paris, 0",
    })
    void filters_events(String query, int expected) {
        assertEquals(expected, page(query).get("total").asInt(), query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "?limit=501, limit",
        "?limit=0, limit",
        "?limit=ten, limit",
        "?offset=-1, offset",
        "?root=21, root",
        "?quad=5, quad",
        "?from=2019-13, from",
        "?to=June, to",
        "?source=U$A, source",
        "?either=maybe, either",
        "?sorce=USA, sorce",
    })
    void refuses_a_bad_parameter_with_400_naming_it(String query, String name) {
        TestServer.Answer a = server.get("/api/events" + query);
        assertEquals(400, a.status(), a.body());
        assertEquals(400, a.json().get("status").asInt());
        assertTrue(a.json().get("error").asText().contains(name), a.body());
    }

    @Test
    void answers_one_event_with_its_mentions_and_their_provenance() {
        JsonNode meeting = page("?root=04").get("items").get(0);
        assertEquals(2, meeting.get("mentions").asInt());
        assertEquals(34.69, meeting.get("lat").asDouble(), 1e-9);
        JsonNode detail = server.get("/api/events/" + meeting.get("event_id").asLong()).json();
        assertEquals(meeting, detail.get("event"));
        JsonNode mentions = detail.get("mentions");
        assertEquals(2, mentions.size());
        JsonNode first = mentions.get(0);
        assertEquals("ap-osaka", first.get("article_id").asText());
        assertEquals("Trump meets Putin", first.get("article_title").asText());
        assertEquals("AP", first.get("outlet").asText());
        assertEquals("Trump met Putin in Osaka on June 28.", first.get("sentence_text").asText());
        assertEquals("met", first.get("trigger").asText());
        assertEquals("Trump", first.get("source_text").asText());
        assertEquals("Putin", first.get("target_text").asText());
        assertEquals("rule-040", first.get("rule").asText());
        assertEquals("negotiated", mentions.get(1).get("trigger").asText());
    }

    @Test
    void answers_404_for_an_unknown_event_and_400_for_a_malformed_id() {
        TestServer.Answer missing = server.get("/api/events/999999");
        assertEquals(404, missing.status());
        assertEquals(404, missing.json().get("status").asInt());
        assertEquals(400, server.get("/api/events/twelve").status());
        assertEquals(400, server.get("/api/events/-3").status());
    }

    @Test
    void lists_the_places_of_events_with_their_coordinates() {
        JsonNode places = server.get("/api/places").json().get("places");
        assertEquals(1, places.size());
        assertEquals("Osaka", places.get(0).get("name").asText());
        assertEquals(135.50, places.get(0).get("lon").asDouble(), 1e-9);
        assertEquals(0, server.get("/api/places?actor=FRA").json().get("places").size());
    }
}
