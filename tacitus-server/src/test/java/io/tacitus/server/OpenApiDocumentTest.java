// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document matches the routes the server has. */
class OpenApiDocumentTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static JsonNode doc;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, article -> {
            throw new AssertionError("not coding here");
        });
        TestServer.Answer a = server.get("/api/openapi.json");
        assertEquals(200, a.status());
        doc = a.json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void is_an_openapi_3_0_document() {
        assertTrue(doc.get("openapi").asText().startsWith("3.0."));
        assertTrue(doc.get("info").has("title"));
    }

    @Test
    void documents_every_route_and_nothing_else() {
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(new TreeSet<>(server.server.routes()), documented);
    }

    @Test
    void every_schema_reference_resolves() {
        List<String> refs = new ArrayList<>();
        collect(doc, refs);
        assertTrue(refs.size() > 10);
        for (String ref : refs) {
            String name = ref.substring("#/components/schemas/".length());
            assertTrue(doc.get("components").get("schemas").has(name), ref);
        }
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collect(child, refs));
    }
}
