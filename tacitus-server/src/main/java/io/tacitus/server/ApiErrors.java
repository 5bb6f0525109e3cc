// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON {@link ErrorBody} with its status: the API's own refusals (400, 404, 413),
 * Javalin's (404 unknown path, 405, 413 announced body too large), and anything else as 500, logged with its
 * cause but answered without internals.
 */
final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "not found: " + ctx.path());
            }
        });
    }

    private static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(new ErrorBody(message == null ? "error " + status : message, status));
    }
}
