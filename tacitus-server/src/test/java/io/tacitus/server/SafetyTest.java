// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Article text is data everywhere; the server binds to loopback; every answer carries the safety headers. */
class SafetyTest extends SyntheticServerTest {
    private static final Path WEB = Path.of("src", "main", "web");

    @Test
    void returns_markup_in_an_article_as_json_data() {
        TestServer.Answer a = server.get("/api/articles/" + SyntheticArticles.HOSTILE_ID);
        assertEquals(200, a.status());
        assertTrue(a.header("Content-Type").startsWith("application/json"), a.header("Content-Type"));
        assertEquals("nosniff", a.header("X-Content-Type-Options"));
        assertEquals(SyntheticArticles.HOSTILE, a.json().get("article").get("title").asText());
        assertTrue(a.json().get("text").asText().startsWith(SyntheticArticles.HOSTILE));
        String sentence = a.json().get("mentions").get(0).get("sentence_text").asText();
        assertTrue(sentence.startsWith(SyntheticArticles.HOSTILE), sentence);
    }

    @Test
    void serves_pages_and_scripts_that_hold_no_article_data() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(WEB.resolve("js"))) {
            files = walk.filter(p -> p.toString().endsWith(".js")).map(p -> WEB.relativize(p).toString()).toList();
        }
        for (String file : Stream.concat(Stream.of("", "index.html", "style.css"), files.stream()).toList()) {
            TestServer.Answer a = server.get("/" + file.replace('\\', '/'));
            assertEquals(200, a.status(), file);
            assertFalse(a.body().contains("pwned") || a.body().contains("Evil Times"), file + " holds article data");
            assertTrue(a.header("Content-Security-Policy").contains("script-src 'self'"), file);
        }
    }

    @Test
    void builds_the_dom_with_text_nodes_never_with_html_strings() throws IOException {
        try (Stream<Path> walk = Files.walk(WEB.resolve("js"))) {
            for (Path js : walk.filter(p -> p.toString().endsWith(".js")).toList()) {
                String source = Files.readString(js);
                for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                        "new Function")) {
                    assertFalse(source.contains(sink), js + " uses " + sink);
                }
            }
        }
    }

    @Test
    void serves_the_bundled_libraries_from_the_jar() {
        for (String file : List.of("vendor/chart.umd.js", "vendor/leaflet.js", "vendor/leaflet.css",
                "vendor/topojson-client.min.js", "vendor/land-110m.json", "vendor/images/marker-icon.png")) {
            assertEquals(200, server.get("/" + file).status(), file);
        }
    }

    @Test
    void binds_to_loopback_only_by_default() {
        assertEquals("127.0.0.1", ServerConfig.defaults().host());
        assertEquals(List.of("127.0.0.1"), server.server.boundHosts());
    }

    @Test
    void answers_unknown_paths_with_a_json_404_and_the_safety_headers() {
        TestServer.Answer a = server.get("/api/nothing-here");
        assertEquals(404, a.status());
        assertEquals(404, a.json().get("status").asInt());
        assertEquals("DENY", a.header("X-Frame-Options"));
        assertTrue(a.header("Content-Security-Policy").contains("default-src 'self'"));
    }
}
