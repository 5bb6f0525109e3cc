// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {
    @Test
    void a_resource_splits_into_statements_without_comments() {
        Migration m = Migration.of("V002__add_tone.sql", """
                -- adds tone
                ALTER TABLE events ADD COLUMN tone DOUBLE;

                CREATE INDEX events_tone
                    ON events (tone);
                """);
        assertEquals(2, m.version());
        assertEquals(List.of("ALTER TABLE events ADD COLUMN tone DOUBLE;", "CREATE INDEX events_tone\n    ON events (tone);"),
                m.statements());
    }

    @Test
    void names_must_carry_a_version() {
        assertThrows(IllegalArgumentException.class, () -> Migration.of("initial.sql", "SELECT 1;"));
    }

    @Test
    void the_bundled_migrations_are_numbered_from_one_and_create_the_version_table() {
        Migrations bundled = Migrations.bundled();
        assertTrue(bundled.latest() >= 1);
    }
}
