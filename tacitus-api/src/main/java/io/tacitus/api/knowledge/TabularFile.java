// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the project's knowledge files: UTF-8, tab-separated, {@code #} starts a comment line, one row per
 * line. A row with the wrong number of columns is an error naming the file and line.
 */
public final class TabularFile {
    private TabularFile() {
    }

    /** Rows of a classpath resource relative to the given class. */
    public static List<Row> resource(Class<?> owner, String name, int columns) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new KnowledgeException(name, 0, "resource not found next to " + owner.getName());
        }
        return read(in, owner.getPackageName().replace('.', '/') + "/" + name, columns);
    }

    /** Rows of a file on disk. */
    public static List<Row> file(Path path, int columns) {
        try {
            return read(Files.newInputStream(path), path.toString(), columns);
        } catch (IOException e) {
            throw new KnowledgeException(path.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** Rows from a stream (gzip-compressed when the name ends with .gz); closes it. */
    public static List<Row> read(InputStream raw, String name, int columns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns > 0 && cells.length != columns) {
                    throw new KnowledgeException(name, number,
                            "expected " + columns + " tab-separated columns, found " + cells.length);
                }
                rows.add(new Row(name, number, List.of(cells)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }

    /**
     * One row of a knowledge file.
     *
     * @param file  the file name, for error messages
     * @param line  1-based line number
     * @param cells the cells, as written
     */
    public record Row(String file, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell, or null when it is "-" or empty. */
        public String get(int column) {
            String v = cells.get(column).strip();
            return v.isEmpty() || v.equals("-") ? null : v;
        }

        /** The cell split on '|', empty when the cell is "-". */
        public List<String> list(int column) {
            String v = get(column);
            if (v == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : v.split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }

        /** An error about this row. */
        public KnowledgeException error(String message) {
            return new KnowledgeException(file, line, message);
        }
    }
}
