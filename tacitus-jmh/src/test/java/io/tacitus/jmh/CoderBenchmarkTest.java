// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;

/** The benchmark's set-up and both operations on the bundled samples, without JMH's runner. */
class CoderBenchmarkTest {
    private static final Blackhole SINK =
            new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void bothOperationsCodeTheSameEventsOnTheSamples() {
        CoderBenchmark bench = new CoderBenchmark();
        bench.corpus = Path.of("..", "examples").toString();
        bench.annotate();
        assertTrue(bench.sentences() > 20, "the two samples have dozens of sentences");
        int withActors = bench.actorsAndCoding(SINK);
        assertTrue(withActors > 3, "the samples hold several events: " + withActors);
        assertEquals(withActors, bench.codingOnly(SINK));
    }

    @Test
    void anEmptyCorpusIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("empty.jsonl"), "");
        CoderBenchmark bench = new CoderBenchmark();
        bench.corpus = dir.resolve("empty.jsonl").toString();
        assertThrows(IllegalArgumentException.class, bench::annotate);
    }
}
