// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.store.ExportFormat;
import io.tacitus.store.ExportSubject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes events or mentions to a file with DuckDB's COPY, in the layouts of {@link ExportLayouts}. */
public final class Exporter {
    private final Connection connection;

    public Exporter(Connection connection) {
        this.connection = connection;
    }

    /** Returns the number of rows written. */
    public long export(ExportSubject what, ExportFormat format, Path out) throws SQLException {
        String select = ExportLayouts.select(what, format);
        String options = switch (format) {
            case CSV -> "FORMAT CSV, HEADER true";
            case JSONL -> "FORMAT JSON";
            case PARQUET -> "FORMAT PARQUET";
            case ICEWS -> "FORMAT CSV, DELIMITER '\t', HEADER true";
            case GDELT -> "FORMAT CSV, DELIMITER '\t', HEADER false";
        };
        String path = out.toAbsolutePath().toString();
        try (Statement s = connection.createStatement()) {
            s.execute("COPY (" + select + ") TO " + Sql.literal(path) + " (" + options + ")");
            return Sql.scalar(s, "SELECT count(*) FROM (" + select + ")");
        }
    }
}
