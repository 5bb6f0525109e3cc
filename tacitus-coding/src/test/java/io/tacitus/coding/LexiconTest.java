// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.EventType;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled ontology and lexicon: breadth, coverage of every CAMEO sub-code, well-formed entries. */
class LexiconTest {
    private static CameoOntology ontology;
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        ontology = CameoOntology.bundled();
        lexicon = Lexicon.bundled(ontology);
    }

    @Test
    void has_at_least_1500_entries_each_with_an_example() {
        assertTrue(lexicon.entries().size() >= 1500, "entries: " + lexicon.entries().size());
        assertTrue(lexicon.entries().stream().allMatch(e -> e.example().text() != null && e.example().source() != null));
    }

    @Test
    void covers_every_cameo_sub_code_but_the_placeholders() {
        Set<String> used = new HashSet<>();
        lexicon.entries().forEach(e -> used.add(e.type().code().value()));
        Set<String> missing = new TreeSet<>();
        for (EventType t : ontology.all()) {
            String code = t.code().value();
            if (code.length() >= 3 && !used.contains(code)) {
                missing.add(code);
            }
        }
        // placeholders with no CAMEO meaning of their own, and goal-specific hunger strikes (coded 142)
        missing.removeAll(Set.of("0110", "0357", "109", "1421", "1422", "1423", "1424", "1641", "1642", "1643"));
        assertTrue(missing.isEmpty(), "codes without an entry: " + missing);
    }

    @Test
    void every_root_has_entries_and_quad_classes_follow_gdelt() {
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            assertTrue(lexicon.entries().stream().anyMatch(e -> e.type().code().root().equals(root)), root);
            int quad = ontology.type(root).orElseThrow().quadClass();
            assertEquals(r <= 4 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4, quad, root);
        }
    }

    @Test
    void flags_are_parsed() {
        LexiconEntry call = lexicon.entries().stream().filter(e -> e.id().equals("call")).findFirst().orElseThrow();
        assertEquals(Set.of("target", "direct"), call.flags());
    }
}
