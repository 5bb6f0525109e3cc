// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A server over a store of the synthetic articles, one per test class, that refuses to code. */
abstract class SyntheticServerTest {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir, article -> {
            throw new AssertionError("not coding here");
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
