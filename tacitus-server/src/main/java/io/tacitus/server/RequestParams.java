// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.javalin.http.Context;
import io.tacitus.api.EventDate;
import io.tacitus.server.internal.EventCriteria;
import io.tacitus.store.ActorFilter;
import io.tacitus.store.Period;
import java.util.Set;

/**
 * The query parameters of one request, checked: a malformed value, a limit above
 * {@link ServerConfig#MAX_LIMIT} or a parameter the endpoint does not know is a 400 that names it.
 */
final class RequestParams {
    /** The longest value any parameter may have. */
    static final int MAX_VALUE_CHARS = 200;
    /** The largest offset: deeper pages are not for browsing. */
    static final int MAX_OFFSET = 1_000_000;
    static final Set<String> EVENT_FILTERS = Set.of("source", "target", "either", "actor", "root", "quad", "from", "to",
            "place");

    private final Context ctx;

    /** Reads a request that may only carry the given parameters. */
    RequestParams(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'; this endpoint takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** The value, stripped, or null when absent or empty. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_VALUE_CHARS) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_VALUE_CHARS + " characters");
        }
        return v.strip();
    }

    String required(String name) {
        String v = text(name);
        if (v == null) {
            throw ApiException.badRequest("parameter '" + name + "' is required");
        }
        return v;
    }

    int integer(String name, int dflt, int min, int max) {
        String v = text(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("parameter '" + name + "' must be an integer from " + min + " to " + max
                + ": " + v);
    }

    int limit(int dflt) {
        return integer("limit", dflt, 1, ServerConfig.MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, MAX_OFFSET);
    }

    boolean flag(String name) {
        String v = text(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw ApiException.badRequest("parameter '" + name + "' must be true or false: " + v);
    }

    ActorFilter actor(String name) {
        String v = text(name);
        return v == null ? null : parsed(name, () -> ActorFilter.parse(v));
    }

    EventDate date(String name) {
        String v = text(name);
        return v == null ? null : parsed(name, () -> EventDate.parse(v));
    }

    Period period(String name) {
        String v = text(name);
        return v == null ? Period.MONTH : parsed(name, () -> Period.parse(v));
    }

    /** The filters of the event list and the map. */
    EventCriteria eventCriteria() {
        String root = text("root");
        if (root != null && !root.matches("0[1-9]|1[0-9]|20")) {
            throw ApiException.badRequest("parameter 'root' must be a CAMEO root, 01 to 20: " + root);
        }
        int quad = integer("quad", 0, 1, 4);
        EventDate from = date("from");
        EventDate to = date("to");
        return new EventCriteria(actor("source"), actor("target"), flag("either"), actor("actor"), root,
                quad == 0 ? null : quad, from, to, text("place"));
    }

    private <T> T parsed(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter '" + name + "': " + e.getMessage());
        }
    }
}
