// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.ingest;

import io.tacitus.api.ArticleReader;
import io.tacitus.api.ArticleSink;
import io.tacitus.api.Problem;
import io.tacitus.ingest.internal.JsonLinesReader;
import io.tacitus.ingest.internal.TextFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads .txt files (one article each), .jsonl files (one article per line) and directories of them
 * (recursively, in path order). Stateless and thread-safe.
 */
public final class FileArticleReader implements ArticleReader {
    private final TextFileReader text;
    private final JsonLinesReader jsonl;

    public FileArticleReader(ReaderOptions options) {
        this.text = new TextFileReader(options);
        this.jsonl = new JsonLinesReader(options);
    }

    @Override
    public void read(Path input, ArticleSink sink) {
        if (Files.isDirectory(input)) {
            readDirectory(input, sink);
        } else if (!Files.isReadable(input)) {
            sink.reject(Problem.error(input.toString(), Problem.Code.UNREADABLE, "no such file or not readable"));
        } else {
            readFile(input, sink);
        }
    }

    private void readDirectory(Path dir, ArticleSink sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | RuntimeException e) {
            sink.reject(Problem.error(dir.toString(), Problem.Code.UNREADABLE, "cannot list directory: " + e.getMessage()));
            return;
        }
        for (Path f : files) {
            readFile(f, sink);
        }
    }

    private void readFile(Path file, ArticleSink sink) {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            jsonl.read(file, sink);
        } else if (name.endsWith(".txt")) {
            text.read(file, sink);
        } else {
            sink.reject(Problem.warning(file.toString(), Problem.Code.UNREADABLE,
                    "ignored: only .txt and .jsonl files are read"));
        }
    }
}
