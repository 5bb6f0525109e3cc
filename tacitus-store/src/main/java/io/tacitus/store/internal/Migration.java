// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One schema migration: a SQL resource named {@code Vnnn__what.sql} that brings the store to version nnn.
 *
 * @param version    the schema version after this migration
 * @param name       the resource name
 * @param statements the SQL statements, in order, without comments
 */
public record Migration(int version, String name, List<String> statements) {
    public Migration {
        Objects.requireNonNull(name, "name");
        statements = List.copyOf(statements);
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be positive: " + name);
        }
    }

    /** Parses a resource: the version from its name, statements split at semicolons ending a line. */
    public static Migration of(String name, String sql) {
        if (!name.matches("V\\d{3}__\\w+\\.sql")) {
            throw new IllegalArgumentException("migration name must look like V001__what.sql: " + name);
        }
        int version = Integer.parseInt(name.substring(1, 4));
        StringBuilder current = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return new Migration(version, name, statements);
    }
}
