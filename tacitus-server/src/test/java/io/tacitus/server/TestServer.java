// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tacitus.api.CodedArticle;
import io.tacitus.store.DuckDbEventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A server on a free loopback port over a temporary store, and an HTTP client for it. */
final class TestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final DuckDbEventStore store;
    final TacitusServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(DuckDbEventStore store, TacitusServer server) {
        this.store = store;
        this.server = server;
    }

    /** Stores the articles in a new store under {@code dir} and serves it. */
    static TestServer start(Path dir, List<CodedArticle> articles, ArticleCoder coder, ServerConfig config) {
        DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("test.duckdb"));
        articles.forEach(store::store);
        return new TestServer(store, TacitusServer.start(config, store, coder));
    }

    /** A client for a server started elsewhere; closing it closes the server and the store. */
    static TestServer of(DuckDbEventStore store, TacitusServer server) {
        return new TestServer(store, server);
    }

    static TestServer start(Path dir, ArticleCoder coder) {
        return start(dir, SyntheticArticles.all(), coder, ServerConfig.defaults().withPort(0));
    }

    URI uri(String pathAndQuery) {
        return URI.create(server.url()).resolve(pathAndQuery);
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    Answer post(String pathAndQuery, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", "application/json")
                .POST(body).build());
    }

    Answer post(String pathAndQuery, String json) {
        return post(pathAndQuery, HttpRequest.BodyPublishers.ofString(json));
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    /** A response: its status, its body, and the body as JSON. */
    record Answer(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
