// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreLocationTest {
    @Test
    void the_option_wins_then_the_environment_then_the_default() {
        Map<String, String> env = Map.of(StoreLocation.ENV, "/srv/events.duckdb");
        assertEquals(Path.of("x.duckdb"), StoreLocation.resolve(Path.of("x.duckdb"), env));
        assertEquals(Path.of("/srv/events.duckdb"), StoreLocation.resolve(null, env));
        assertEquals(Path.of("data/tacitus.duckdb"), StoreLocation.resolve(null, Map.of()));
        assertEquals(Path.of("data/tacitus.duckdb"), StoreLocation.resolve(null, Map.of(StoreLocation.ENV, " ")));
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({"USA, USAGOV, true", "USA, USA, true", "usa, USAMIL, true", "USA, RUSGOV, false",
        "USAGOV, USAGOV, true", "USAGOV, USAGOVX, false", "USAGOV, USA, false", "IGOUNO, IGOUNO, true"})
    void a_country_matches_by_prefix_and_a_code_exactly(String filter, String code, boolean matches) {
        assertEquals(matches, ActorFilter.parse(filter).matches(code));
    }

    @Test
    void actor_filters_and_periods_reject_nonsense() {
        assertThrows(IllegalArgumentException.class, () -> ActorFilter.parse("U S"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("week"));
        assertThrows(IllegalArgumentException.class, () -> EventQuery.all(10).withRoot("21"));
        assertTrue(ActorFilter.parse("RUS").prefix());
        assertFalse(ActorFilter.parse("RUSGOV").prefix());
    }
}
