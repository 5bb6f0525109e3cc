// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.Location;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerPlaceResolverTest {
    private static GazetteerPlaceResolver places;

    @BeforeAll
    static void load() {
        places = GazetteerPlaceResolver.bundled();
    }

    /** Context countries from "USA FRA", most specific first; empty for "". */
    private static Set<String> context(String codes) {
        Set<String> set = new LinkedHashSet<>();
        for (String code : codes.strip().split("\\s+")) {
            if (!code.isEmpty()) {
                set.add(code);
            }
        }
        return set;
    }

    private static Location resolve(String name, String codes) {
        return places.resolve(name, context(codes)).orElseThrow(() -> new AssertionError("no place: " + name));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {3}, {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Lima              |         | PER | Lima",
        "Osaka             | JPN     | JPN | Osaka",
        "Paris             |         | FRA | Paris",
        "Paris             | USA     | USA | Paris",
        "Paris             | USA FRA | USA | Paris",
        "Paris             | FRA USA | FRA | Paris",
        "Helsinki          |         | FIN | Helsinki",
        "Moscow            |         | RUS | Moscow",
        "Moscow            | USA     | USA | Moscow",
        "Gibraltar         |         | GIB | Gibraltar",
        "Kyiv              |         | UKR | Kyiv",
        "Kiev              |         | UKR | Kyiv",
        "kiev              |         | UKR | Kyiv",
        "Bombay            |         | IND | Mumbai",
        "Crimea            |         | UKR | Crimea",
        "Crimea            | RUS     | UKR | Crimea",
        "Gaza Strip        |         | PSE | Gaza Strip",
        "Gaza              |         | PSE | Gaza Strip",
        "Sea of Azov       |         | -   | Sea of Azov",
        "the Sea of Azov   |         | -   | Sea of Azov",
        "THE  SEA OF AZOV  |         | -   | Sea of Azov",
        "Azov Sea          |         | -   | Sea of Azov",
        "Kerch Strait      |         | -   | Kerch Strait",
        "Strait of Kerch   |         | -   | Kerch Strait",
        "the Golan         |         | SYR | Golan Heights",
        "Dalian            |         | CHN | Dalian",
    })
    void resolves_name_in_context_to_canonical_place(String name, String codes, String country, String canonical) {
        Location place = resolve(name, codes == null ? "" : codes);
        assertEquals(canonical, place.name());
        assertEquals(country, place.country());
    }

    @Test
    void lima_has_the_coordinates_of_lima_peru() {
        Location lima = resolve("Lima", "");
        assertEquals(-12.04, lima.lat(), 0.05);
        assertEquals(-77.03, lima.lon(), 0.05);
    }

    @Test
    void paris_in_usa_context_is_the_largest_american_paris_in_texas() {
        Location paris = resolve("Paris", "USA");
        assertEquals(33.66, paris.lat(), 0.05);
        assertEquals(-95.56, paris.lon(), 0.05);
    }

    @Test
    void dalian_is_the_big_city_not_a_township_of_the_same_name() {
        assertEquals(38.91, resolve("Dalian", "").lat(), 0.05);
    }

    @Test
    void keeps_the_words_as_asked_in_text() {
        assertEquals("the Sea of Azov", resolve("the Sea of Azov", "").text());
        assertEquals("Kiev", resolve("Kiev", "").text());
    }

    @Test
    void regions_of_international_waters_have_no_country_but_have_coordinates() {
        Location azov = resolve("Sea of Azov", "");
        assertNull(azov.country());
        assertEquals(46.0, azov.lat(), 1e-9);
        assertEquals(36.5, azov.lon(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xyzzyville", "", "   ", "the", "Paris France", "Sea of"})
    void unknown_or_partial_names_resolve_to_nothing(String name) {
        assertTrue(places.resolve(name, Set.of()).isEmpty());
        assertTrue(places.candidates(name).isEmpty());
    }

    @Test
    void candidates_list_every_reading_best_first() {
        List<Location> paris = places.candidates("Paris");
        assertEquals("FRA", paris.get(0).country());
        assertTrue(paris.size() > 5, "several places are called Paris: " + paris.size());
        assertTrue(paris.stream().anyMatch(p -> "USA".equals(p.country())));
        assertTrue(paris.stream().anyMatch(p -> "CAN".equals(p.country())));
        assertEquals(places.resolve("Paris", Set.of("USA")).orElseThrow(),
                places.candidates("Paris", Set.of("USA")).get(0));
    }

    @Test
    void hand_made_regions_rank_before_cities_of_the_same_name() {
        List<Location> gaza = places.candidates("Gaza");
        assertEquals("Gaza Strip", gaza.get(0).name());
        assertTrue(gaza.stream().anyMatch(p -> p.name().equals("Gaza") && "PSE".equals(p.country())));
    }

    @Test
    void loads_both_gazetteers() {
        assertTrue(places.size() > 199_000, "entries: " + places.size());
    }

    @Test
    void random_text_never_throws() {
        Random random = new Random(20240601L);
        String alphabet = "aeiouKLMNPSTZ -'’.\t\n\u0000\u200bКиївالقدس北京";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 5_000 : 20);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = text.toString();
            assertDoesNotThrow(() -> places.resolve(name, Set.of("USA", "FRA")), name);
        }
    }
}
