// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.ingest.internal;

import io.tacitus.api.Article;
import io.tacitus.api.ArticleSink;
import io.tacitus.api.Problem;
import io.tacitus.ingest.ReaderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one .txt file as one article; a first line followed by a blank line is the title. */
public final class TextFileReader {
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private final ReaderOptions options;

    public TextFileReader(ReaderOptions options) {
        this.options = options;
    }

    public void read(Path file, ArticleSink sink) {
        String docId = file.toString();
        try {
            long size = Files.size(file);
            if (size > 4L * options.maxChars()) {
                sink.reject(Problem.error(docId, Problem.Code.TOO_LARGE,
                        "file of " + size + " bytes exceeds the limit of " + options.maxChars() + " characters"));
                return;
            }
            String text = StrictText.decode(Files.readAllBytes(file));
            if (text.isBlank()) {
                sink.reject(Problem.error(docId, Problem.Code.EMPTY, "empty article: no text"));
                return;
            }
            if (text.length() > options.maxChars()) {
                sink.reject(Problem.error(docId, Problem.Code.TOO_LARGE,
                        text.length() + " characters exceed the limit of " + options.maxChars()));
                return;
            }
            String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            sink.accept(new Article(id, text, date(file, sink), title(text), null, null));
        } catch (StrictText.BadTextException e) {
            sink.reject(Problem.error(docId, e.code(), e.getMessage()));
        } catch (IOException e) {
            sink.reject(Problem.error(docId, Problem.Code.UNREADABLE, "cannot read: " + e.getMessage()));
        }
    }

    private LocalDate date(Path file, ArticleSink sink) {
        if (options.date() != null) {
            return options.date();
        }
        Matcher m = DATE_IN_NAME.matcher(file.getFileName().toString());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            sink.reject(Problem.warning(file.toString(), Problem.Code.BAD_DATE,
                    "file name date " + m.group() + " is not a real date; publication date unknown"));
            return null;
        }
    }

    private static String title(String text) {
        String normalised = text.replace("\r\n", "\n");
        int nl = normalised.indexOf('\n');
        if (nl > 0 && normalised.startsWith("\n", nl + 1)) {
            return normalised.substring(0, nl).strip();
        }
        return null;
    }
}
