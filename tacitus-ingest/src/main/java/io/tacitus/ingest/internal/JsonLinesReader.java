// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tacitus.api.Article;
import io.tacitus.api.ArticleSink;
import io.tacitus.api.Problem;
import io.tacitus.ingest.ReaderOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a JSON Lines file, one article per line, streaming: fields {@code id}, {@code text}, optional
 * {@code date} (ISO publication date or date-time), {@code title}, {@code url}, {@code source}; others are
 * ignored. A bad line is reported with its line number and reading goes on with the next.
 */
public final class JsonLinesReader {
    private final ReaderOptions options;
    private final ObjectMapper json = new ObjectMapper();

    public JsonLinesReader(ReaderOptions options) {
        this.options = options;
    }

    public void read(Path file, ArticleSink sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            LineSource lines = new LineSource(in, 4L * options.maxChars());
            int number = 0;
            boolean any = false;
            for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
                number++;
                String where = file + ":" + number;
                if (line.truncated()) {
                    sink.reject(Problem.error(where, Problem.Code.TOO_LARGE,
                            "line exceeds the limit of " + options.maxChars() + " characters"));
                    any = true;
                    continue;
                }
                if (isBlank(line.bytes())) {
                    continue;
                }
                any = true;
                readLine(where, line.bytes(), sink);
            }
            if (!any) {
                sink.reject(Problem.error(file.toString(), Problem.Code.EMPTY, "empty file: no JSON lines"));
            }
        } catch (IOException e) {
            sink.reject(Problem.error(file.toString(), Problem.Code.UNREADABLE, "cannot read: " + e.getMessage()));
        }
    }

    private void readLine(String where, byte[] bytes, ArticleSink sink) {
        String text;
        try {
            text = StrictText.decode(bytes);
        } catch (StrictText.BadTextException e) {
            sink.reject(Problem.error(where, e.code(), e.getMessage()));
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            sink.reject(Problem.error(where, Problem.Code.MALFORMED_JSON,
                    "malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.reject(Problem.error(where, Problem.Code.MALFORMED_JSON, "a line must hold one JSON object"));
            return;
        }
        toArticle(where, node, sink);
    }

    private void toArticle(String where, JsonNode node, ArticleSink sink) {
        String id = string(node, "id");
        String body = string(node, "text");
        String docId = id == null ? where : id + " (" + where + ")";
        if (id == null || id.isBlank()) {
            sink.reject(Problem.error(docId, Problem.Code.MISSING_FIELD, "no \"id\" string field"));
            return;
        }
        if (body == null || body.isBlank()) {
            sink.reject(Problem.error(docId, body == null ? Problem.Code.MISSING_FIELD : Problem.Code.EMPTY,
                    body == null ? "no \"text\" string field" : "empty article: no text"));
            return;
        }
        if (body.length() > options.maxChars()) {
            sink.reject(Problem.error(docId, Problem.Code.TOO_LARGE,
                    body.length() + " characters exceed the limit of " + options.maxChars()));
            return;
        }
        sink.accept(new Article(id, body, date(docId, string(node, "date"), sink),
                string(node, "title"), string(node, "url"), string(node, "source")));
    }

    private static LocalDate date(String docId, String value, ArticleSink sink) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String day = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            sink.reject(Problem.warning(docId, Problem.Code.BAD_DATE,
                    "date \"" + value + "\" is not an ISO date; coded with an unknown publication date"));
            return null;
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
