// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.tacitus.api.Article;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.Fingerprint;
import io.tacitus.api.Problem;
import io.tacitus.pipeline.output.EventRecords;
import io.tacitus.server.json.CodeRequest;
import io.tacitus.server.json.CodeResult;
import io.tacitus.store.StoreResult;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/code[?store=true]}: codes an article posted as {@code {"text", "date", "title"}} and answers
 * its event records; stores it too when asked. The body is read up to the configured limit: beyond, 413.
 */
final class CodeApi {
    static final int MAX_TITLE_CHARS = 1_000;

    private final LockedStore store;
    private final ArticleCoder coder;
    private final ObjectMapper json;
    private final int maxBodyBytes;

    CodeApi(LockedStore store, ArticleCoder coder, ObjectMapper json, int maxBodyBytes) {
        this.store = store;
        this.coder = coder;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void code(Context ctx) throws IOException {
        boolean keep = new RequestParams(ctx, Set.of("store")).flag("store");
        Article article = article(request(body(ctx)));
        CodedArticle coded = coder.code(article);
        CodeResult.Stored stored = null;
        if (keep) {
            StoreResult r = store.store(coded);
            stored = new CodeResult.Stored(r.outcome().name().toLowerCase(Locale.ROOT), r.mentions(), r.newEvents(),
                    r.mergedInto());
        }
        ctx.json(new CodeResult(article.id(), article.title(), article.date().toString(), coded.sentenceCount(),
                coded.events().stream().map(EventRecords::nested).toList(),
                coded.problems().stream().map(Problem::toString).toList(), stored));
    }

    /** The body, refused with 413 beyond the limit, whether or not the client announced its length. */
    private byte[] body(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            throw ApiException.tooLarge(maxBodyBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw ApiException.tooLarge(maxBodyBytes);
            }
            return bytes;
        }
    }

    private CodeRequest request(byte[] body) {
        try {
            CodeRequest r = json.readValue(body, CodeRequest.class);
            if (r == null) {
                throw ApiException.badRequest("the body must be a JSON object {\"text\", \"date\", \"title\"}");
            }
            return r;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field '" + e.getPropertyName()
                    + "'; the body takes text, date and title");
        } catch (IOException e) {
            throw new ApiException(400, "the body must be a JSON object {\"text\", \"date\", \"title\"}: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static Article article(CodeRequest r) {
        if (r.text() == null || r.text().isBlank()) {
            throw ApiException.badRequest("field 'text' is required");
        }
        if (r.date() == null) {
            throw ApiException.badRequest("field 'date' is required (YYYY-MM-DD, the publication date)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(r.date().strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("field 'date' must be YYYY-MM-DD: " + r.date());
        }
        String title = r.title() == null || r.title().isBlank() ? null : r.title().strip();
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            throw ApiException.badRequest("field 'title' is longer than " + MAX_TITLE_CHARS + " characters");
        }
        return new Article(idOf(r.text()), r.text(), date, title, null, null);
    }

    /** "web-" and the first 16 hex digits of the text's SHA-256: the same text gets the same id. */
    static String idOf(String text) {
        return "web-" + Fingerprint.of(text).substring(0, 16);
    }
}
