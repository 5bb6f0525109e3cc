// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.knowledge.KnowledgeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--actors FILE`: user entries add to and override the bundled knowledge, without a rebuild. */
class UserActorFileTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.writeString(dir.resolve("mine.tsv"), String.join("\n", lines) + "\n");
    }

    @Test
    void adds_a_person_with_a_dated_term() throws IOException {
        Path f = file("person\tjane-doe\tJane Doe\tDoe\tGBR\tGOV\t2026-09-01\t-\tForeign Secretary");
        ActorLookup lookup = new ActorLookup(ActorKnowledge.load(List.of(f)));
        assertEquals("GBRGOV", lookup.resolve("Jane Doe", LocalDate.of(2026, 10, 1)).orElseThrow().code().value());
        assertEquals("GBRELI", lookup.resolve("Jane Doe", LocalDate.of(2026, 1, 1)).orElseThrow().code().value());
    }

    @Test
    void overrides_a_bundled_person_and_changes_the_version() throws IOException {
        Path f = file("person\tvladimir-putin\tVladimir Putin\tPutin\tRUS\tGOV\t2000-05-07\t2024-05-07\tPresident");
        ActorKnowledge mine = ActorKnowledge.load(List.of(f));
        ActorLookup lookup = new ActorLookup(mine);
        assertEquals("RUSELI", lookup.resolve("Putin", LocalDate.of(2025, 1, 1)).orElseThrow().code().value());
        assertNotEquals(ActorKnowledge.bundled().version(), mine.version());
    }

    @Test
    void adds_an_organisation_and_a_role() throws IOException {
        Path f = file("# my groups", "organisation\tacme-militia\tAcme Militia\t-\tNGA\tREB\t-", "role\tpeacekeeper\tIGO\t-");
        ActorLookup lookup = new ActorLookup(ActorKnowledge.load(List.of(f)));
        assertEquals("NGAREB", lookup.resolve("Acme Militia", LocalDate.of(2020, 1, 1)).orElseThrow().code().value());
        assertTrue(lookup.resolve("peacekeeper", LocalDate.of(2020, 1, 1)).isPresent());
    }

    @Test
    void a_bad_row_fails_at_start_up_naming_file_and_line() throws IOException {
        Path f = file("person\tx\tX", "planet\tmars");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> ActorKnowledge.load(List.of(f)));
        assertTrue(e.getMessage().contains("mine.tsv:1"), e.getMessage());
    }
}
