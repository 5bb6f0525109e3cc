// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.tacitus.store.DuckDbEventStore;
import org.eclipse.jetty.server.ServerConnector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api} (described by {@code /api/openapi.json}) and the web app
 * from the classpath at {@code /} (docs/WEB.md). It reads the store it is given and does not close it.
 */
public final class TacitusServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TacitusServer.class);
    /**
     * Sent with every answer: scripts only from this server (no inline script runs, even if markup were
     * injected), no framing, no sniffing of content types.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                    + "frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private final Javalin app;
    private final ServerConfig config;
    private final List<String> routes;

    private TacitusServer(Javalin app, ServerConfig config, List<String> routes) {
        this.app = app;
        this.config = config;
        this.routes = List.copyOf(routes);
    }

    /** Starts serving; port 0 in the config picks a free port ({@link #port()}). */
    public static TacitusServer start(ServerConfig config, DuckDbEventStore store, ArticleCoder coder) {
        Objects.requireNonNull(config, "config");
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jsonMapper(new JavalinJackson(json, false));
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
        });
        List<String> routes = routes(app, new LockedStore(store), coder, json, config);
        app.start(config.host(), config.port());
        TacitusServer server = new TacitusServer(app, config, routes);
        LOG.info("serving {} on {}", store.path(), server.url());
        return server;
    }

    /** Registers the API; returns its routes as "GET /api/events". */
    private static List<String> routes(Javalin app, LockedStore store, ArticleCoder coder, ObjectMapper json,
                                       ServerConfig config) {
        EventsApi events = new EventsApi(store);
        ArticlesApi articles = new ArticlesApi(store);
        OverviewApi overview = new OverviewApi(store);
        List<String> routes = new ArrayList<>();
        BiConsumer<String, Handler> get = (path, h) -> {
            app.get(path, h);
            routes.add("GET " + path);
        };
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        get.accept("/api/events", events::list);
        get.accept("/api/events/{id}", events::one);
        get.accept("/api/places", events::places);
        get.accept("/api/dyad", new DyadApi(store)::series);
        get.accept("/api/actors", new ActorsApi(store)::top);
        get.accept("/api/articles", articles::list);
        get.accept("/api/articles/{id}", articles::one);
        get.accept("/api/stats", overview::stats);
        get.accept("/api/openapi.json", overview::openApi);
        app.post("/api/code", new CodeApi(store, coder, json, config.maxBodyBytes())::code);
        routes.add("POST /api/code");
        ApiErrors.install(app);
        return routes;
    }

    /** The API's routes, as "GET /api/events/{id}" (every one is in the OpenAPI document). */
    public List<String> routes() {
        return routes;
    }

    /** The addresses the server's connectors are bound to, as Jetty reports them. */
    public List<String> boundHosts() {
        return Arrays.stream(app.jettyServer().server().getConnectors())
                .filter(ServerConnector.class::isInstance)
                .map(c -> ((ServerConnector) c).getHost())
                .toList();
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** "http://127.0.0.1:8080/". */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
