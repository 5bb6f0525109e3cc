// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Dated resolutions: people across term boundaries, metonyms, demonyms, organisations and armed groups. */
class ActorLookupTest {
    private static ActorLookup lookup;

    @BeforeAll
    static void load() {
        lookup = new ActorLookup(ActorKnowledge.bundled());
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvFileSource(resources = "dated-resolutions.csv", delimiter = '|', lineSeparator = "\n")
    void resolves_name_for_the_date(String name, String date, String code, String canonical) {
        Optional<ActorLookup.Resolution> r = lookup.resolve(name, LocalDate.parse(date));
        assertTrue(r.isPresent(), name + " unknown");
        assertEquals(code, r.get().code().value(), name + " on " + date + " via " + r.get().entry());
        if (!canonical.equals("-")) {
            assertEquals(canonical, r.get().name(), name + " via " + r.get().entry());
        }
    }

    @Test
    void unknown_words_resolve_to_nothing() {
        assertTrue(lookup.resolve("the weather", LocalDate.of(2020, 1, 1)).isEmpty());
    }

    @Test
    void south_american_is_not_american() {
        assertTrue(lookup.resolve("South American", LocalDate.of(2020, 1, 1)).isEmpty());
    }
}
