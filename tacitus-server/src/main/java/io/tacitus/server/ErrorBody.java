// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import java.util.Objects;

/**
 * The JSON body of every error answer: {@code {"error": "...", "status": 400}}.
 *
 * @param error  what went wrong, for a person
 * @param status the HTTP status, repeated
 */
public record ErrorBody(String error, int status) {
    public ErrorBody {
        Objects.requireNonNull(error, "error");
    }
}
