// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DyadApiTest extends SyntheticServerTest {
    private static JsonNode dyad(String query) {
        TestServer.Answer a = server.get("/api/dyad" + query);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static List<String> labels(JsonNode dyad) {
        List<String> labels = new ArrayList<>();
        dyad.get("periods").forEach(p -> labels.add(p.get("label").asText()));
        return labels;
    }

    @Test
    void counts_a_dyad_by_month_in_both_directions() {
        JsonNode d = dyad("?x=USA&y=RUS");
        assertEquals("month", d.get("by").asText());
        assertEquals(List.of("2016-11", "2018-07", "2019-06"), labels(d));
        JsonNode june = d.get("periods").get(2);
        assertEquals(1, june.get("events").asInt());
        assertEquals(2, june.get("mentions").asInt());
        assertEquals(1, june.get("verbal_cooperation").asInt());
        assertEquals(1.0, june.get("mean_goldstein").asDouble(), 1e-9);
        JsonNode top = june.get("top").get(0);
        assertEquals("040", top.get("cameo").asText());
        assertTrue(top.get("symmetric").asBoolean());
    }

    @Test
    void counts_by_quarter_and_by_year() {
        assertEquals(List.of("2016-Q4", "2018-Q3", "2019-Q2"), labels(dyad("?x=USA&y=RUS&by=quarter")));
        assertEquals(List.of("2016", "2018", "2019"), labels(dyad("?x=usa&y=rus&by=year")));
    }

    @Test
    void keeps_x_to_y_and_symmetric_events_when_directed() {
        assertEquals(List.of("2019-06"), labels(dyad("?x=RUS&y=USA&directed=true")));
    }

    @Test
    void gives_a_year_only_date_a_line_of_its_own() {
        JsonNode d = dyad("?x=RUS&y=UKR");
        assertEquals(List.of("2014 (year only)"), labels(d));
        assertTrue(d.get("periods").get(0).get("coarse").asBoolean());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?x=USA", "?y=RUS", "?x=USA&y=RUS&by=week", "?x=USA&y=RUS&top=51", "?x=U-S&y=RUS",
        "?x=USA&y=RUS&directed=yes", "?x=USA&y=RUS&colour=red"})
    void refuses_a_missing_or_bad_parameter_with_400(String query) {
        TestServer.Answer a = server.get("/api/dyad" + query);
        assertEquals(400, a.status(), a.body());
        assertEquals(400, a.json().get("status").asInt());
    }

    @Test
    void ranks_the_most_active_actors_and_dyads() {
        TestServer.Answer a = server.get("/api/actors?limit=2");
        assertEquals(200, a.status(), a.body());
        JsonNode actors = a.json().get("actors");
        assertEquals(2, actors.size());
        assertEquals("FRA", actors.get(0).get("label").asText());
        assertEquals(12, actors.get(0).get("events").asInt());
        assertTrue(a.json().get("dyads").size() <= 2);
        assertEquals(400, server.get("/api/actors?limit=501").status());
    }
}
