// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.Problem;
import io.tacitus.api.SentenceAnnotator;
import io.tacitus.ingest.FileArticleReader;
import io.tacitus.ingest.ReaderOptions;
import io.tacitus.nlp.PatternTimeTagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch reports every bad document with a reason, goes on, and counts what it coded and what failed. */
class BatchCoderTest {
    private static Knowledge knowledge;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        knowledge = Knowledge.load(PipelineConfig.defaults());
    }

    /** An annotator that fails on one article, to check that a crash in a stage is a problem, not an abort. */
    private static final SentenceAnnotator FLAKY = (article, gate) -> {
        if (article.text().contains("BOOM")) {
            throw new IllegalStateException("annotator exploded");
        }
        return new AnnotatedArticle(article, List.of());
    };

    @Test
    void bad_documents_are_counted_with_reasons_and_the_batch_goes_on() throws IOException {
        Files.writeString(dir.resolve("a-empty.txt"), "");
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2});
        Files.write(dir.resolve("c-latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("d-crash.txt"), "BOOM");
        Files.writeString(dir.resolve("e-lines.jsonl"), String.join("\n",
                "{\"id\": \"ok1\", \"text\": \"Russia met Ukraine.\", \"date\": \"2020-01-01\"}",
                "{not json",
                "{\"id\": \"ok2\", \"text\": \"Peace.\", \"date\": \"someday\"}"));
        Files.writeString(dir.resolve("f-huge.txt"), "x".repeat(2_000_001));
        List<Problem> problems = new ArrayList<>();
        List<String> coded = new ArrayList<>();
        BatchSummary summary;
        try (BatchCoder coder = new BatchCoder(2, () -> new CodingPipeline(FLAKY, new PatternTimeTagger(), knowledge, true))) {
            summary = coder.run(new FileArticleReader(ReaderOptions.defaults()), List.of(dir), new BatchListener() {
                @Override
                public void coded(CodedArticle article) {
                    coded.add(article.article().id());
                }

                @Override
                public void problem(Problem problem) {
                    problems.add(problem);
                }
            });
        }
        assertEquals(List.of("ok1", "ok2"), coded, "coded in input order");
        assertEquals(2, summary.coded());
        assertEquals(6, summary.failed(), problems.toString());
        assertEquals(1, summary.warnings(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code() == Problem.Code.INTERNAL && p.docId().contains("d-crash")));
        assertTrue(problems.stream().anyMatch(p -> p.code() == Problem.Code.MALFORMED_JSON && p.docId().endsWith(":2")));
        assertTrue(problems.stream().anyMatch(p -> p.code() == Problem.Code.TOO_LARGE));
        assertTrue(problems.stream().allMatch(p -> !p.reason().isBlank()));
        assertTrue(summary.toString().contains("2 documents coded, 6 failed"), summary.toString());
    }
}
