// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.Article;
import io.tacitus.api.ArticleSink;
import io.tacitus.api.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArticleReaderTest {
    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(Article article) {
            articles.add(article);
        }

        @Override
        public void reject(Problem problem) {
            problems.add(problem);
        }
    };

    private void read(Path p, ReaderOptions options) {
        new FileArticleReader(options).read(p, sink);
    }

    @Test
    void reads_txt_with_title_and_date_from_file_name() throws IOException {
        Path f = Files.writeString(dir.resolve("2019-06-29-osaka.txt"), "Title here\n\nBody text.");
        read(f, ReaderOptions.defaults());
        assertEquals(1, articles.size());
        assertEquals("Title here", articles.get(0).title());
        assertEquals(LocalDate.of(2019, 6, 29), articles.get(0).date());
        assertEquals("2019-06-29-osaka", articles.get(0).id());
    }

    @Test
    void date_option_overrides_file_name() throws IOException {
        Path f = Files.writeString(dir.resolve("2019-06-29-osaka.txt"), "Body.");
        read(f, new ReaderOptions(LocalDate.of(2020, 1, 2), 1000));
        assertEquals(LocalDate.of(2020, 1, 2), articles.get(0).date());
    }

    @Test
    void txt_without_date_has_unknown_date() throws IOException {
        read(Files.writeString(dir.resolve("story.txt"), "Body."), ReaderOptions.defaults());
        assertNull(articles.get(0).date());
    }

    @Test
    void empty_file_is_an_error_naming_the_file() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n");
        read(f, ReaderOptions.defaults());
        assertEquals(Problem.Code.EMPTY, problems.get(0).code());
        assertTrue(problems.get(0).docId().contains("empty.txt"));
    }

    @Test
    void binary_file_is_an_error() throws IOException {
        Path f = Files.write(dir.resolve("x.txt"), new byte[] {1, 0, 2, 3});
        read(f, ReaderOptions.defaults());
        assertEquals(Problem.Code.BINARY, problems.get(0).code());
    }

    @Test
    void invalid_utf8_is_an_error() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        read(f, ReaderOptions.defaults());
        assertEquals(Problem.Code.ENCODING, problems.get(0).code());
    }

    @Test
    void huge_article_is_rejected_and_the_batch_goes_on() throws IOException {
        Files.writeString(dir.resolve("a-huge.txt"), "word ".repeat(1_000_000));
        Files.writeString(dir.resolve("b-small.txt"), "Russia accused Ukraine.");
        read(dir, ReaderOptions.defaults());
        assertEquals(Problem.Code.TOO_LARGE, problems.get(0).code());
        assertEquals(1, articles.size());
        assertEquals("b-small", articles.get(0).id());
    }

    @Test
    void malformed_json_line_is_reported_with_its_line_and_the_rest_is_read() throws IOException {
        Path f = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"One.\", \"date\": \"2019-06-29\"}",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": \"c\", \"text\": \"Three.\", \"extra\": [1, 2]}"));
        read(f, ReaderOptions.defaults());
        assertEquals(2, articles.size());
        assertEquals(Problem.Code.MALFORMED_JSON, problems.get(0).code());
        assertTrue(problems.get(0).docId().endsWith("in.jsonl:2"));
    }

    @Test
    void unknown_date_is_a_warning_and_the_article_is_coded() throws IOException {
        Path f = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"One.\", \"date\": \"last Tuesday\"}");
        read(f, ReaderOptions.defaults());
        assertEquals(1, articles.size());
        assertNull(articles.get(0).date());
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertEquals(Problem.Code.BAD_DATE, problems.get(0).code());
    }

    @Test
    void missing_text_field_is_an_error() throws IOException {
        Path f = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\"}\n");
        read(f, ReaderOptions.defaults());
        assertEquals(Problem.Code.MISSING_FIELD, problems.get(0).code());
        assertTrue(problems.get(0).docId().startsWith("a"));
    }

    @Test
    void directory_is_read_in_path_order_and_other_files_are_reported() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "B.");
        Files.writeString(dir.resolve("a.txt"), "A.");
        Files.writeString(dir.resolve("notes.md"), "x");
        read(dir, ReaderOptions.defaults());
        assertEquals(List.of("a", "b"), articles.stream().map(Article::id).toList());
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
    }

    @Test
    void missing_file_is_an_error() {
        read(dir.resolve("nope.txt"), ReaderOptions.defaults());
        assertEquals(Problem.Code.UNREADABLE, problems.get(0).code());
    }
}
