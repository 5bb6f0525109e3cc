// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import java.util.Objects;

/**
 * How to run the server.
 *
 * @param host         the address to bind; loopback unless the user asks otherwise
 * @param port         the port, or 0 for any free port
 * @param maxBodyBytes largest request body accepted; larger ones are answered 413
 */
public record ServerConfig(String host, int port, int maxBodyBytes) {
    /** Loopback: the server is reachable from this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** 1 MiB: a news article is far smaller. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** The largest page of events, articles or actors one request may ask for. */
    public static final int MAX_LIMIT = 500;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxBodyBytes);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxBodyBytes);
    }

    public ServerConfig withMaxBodyBytes(int newMax) {
        return new ServerConfig(host, port, newMax);
    }
}
