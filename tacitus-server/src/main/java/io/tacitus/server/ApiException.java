// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

/** A request the API refuses, with the HTTP status to answer and a message for the client. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** 400: a parameter or body field is missing or malformed. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** 404: no such event or article. */
    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** 413: the request body is larger than the server accepts. */
    public static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "request body larger than " + maxBytes + " bytes");
    }

    public int status() {
        return status;
    }
}
