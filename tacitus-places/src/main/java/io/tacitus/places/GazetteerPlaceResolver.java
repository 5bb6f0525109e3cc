// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places;

import io.tacitus.api.Location;
import io.tacitus.api.PlaceResolver;
import io.tacitus.places.internal.GazetteerLoader;
import io.tacitus.places.internal.PlaceKey;
import io.tacitus.places.internal.PlaceTable;
import io.tacitus.places.internal.Reading;
import io.tacitus.places.internal.ReadingOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Geocodes place names with two bundled gazetteers: {@code regions.tsv}, a hand-made list of seas, straits,
 * rivers, regions and disputed territories, and {@code cities.tsv.gz}, about 200,000 populated places
 * derived from GeoNames cities500 (CC BY 4.0).
 *
 * <p><b>Matching.</b> A name matches an entry exactly, ignoring case and extra whitespace, with ’ read as '
 * and a leading "the " dropped ("the Sea of Azov" = "Sea of Azov"). Regions match on their name and
 * aliases; cities on {@code name} and {@code ascii_name}, and with lower confidence on {@code alt_names}
 * (so "Kiev" finds Kyiv). There is no fuzzy or partial matching: "Xyzzyville" and "Azov Sea coast" find
 * nothing.
 *
 * <p><b>Ranking</b>, when a name has several readings, best first:
 * <ol>
 *   <li>an entry of the hand-made regions list ("Crimea", "Gaza Strip", "Sea of Azov", and "Gaza", an
 *       alias of the Gaza Strip) before any city;</li>
 *   <li>an entry in one of the context countries, in the set's iteration order: the first country is the
 *       most specific hint ("Osaka, Japan" passes JPN first);</li>
 *   <li>a national capital (GeoNames {@code PPLC}), then the seat of a first- or second-order division
 *       ({@code PPLA}, {@code PPLA2}), then any other place. Seats of third- to fifth-order divisions
 *       ({@code PPLA3}-{@code PPLA5}, communes and townships) rank as other places, since many of them
 *       share a big city's name and have no population given ("Dalian" is the city of 4.9 million, not
 *       one of two townships of that name);</li>
 *   <li>the larger population, a match on an alternative name counting a tenth of its population, since
 *       alternative names are noisy ("Newton" is one of Tallahassee's);</li>
 *   <li>a match on a main name before one on an alternative name, then file order.</li>
 * </ol>
 * So "Paris" alone is Paris, France (a national capital); with context {USA} it is the largest Paris in the
 * United States (Texas); "Bombay", an alternative name of Mumbai (an admin capital), is Mumbai and not the
 * village of Bombay in New Zealand.
 *
 * <p><b>Result.</b> A {@link Location} with the entry's canonical name, its ISO 3166-1 alpha-3 country (null
 * for international places), its coordinates (to 1e-4 degree) and, as text, the name as asked.
 *
 * <p>Loading takes about a second and keeps only primitive columns and a name index (about 50 MB), not the
 * rows; build
 * one with {@link #bundled()} and share it. Immutable and thread-safe after construction.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
    private final PlaceTable table;

    private GazetteerPlaceResolver(PlaceTable table) {
        this.table = table;
    }

    /** Reads the bundled gazetteers; each call reads them anew, so call it once and share the result. */
    public static GazetteerPlaceResolver bundled() {
        return new GazetteerPlaceResolver(GazetteerLoader.load(GazetteerPlaceResolver.class));
    }

    /** The best reading of the name, or empty when no entry bears it. */
    @Override
    public Optional<Location> resolve(String name, Set<String> contextCountries) {
        Objects.requireNonNull(contextCountries, "contextCountries");
        List<Reading> readings = table.readings(PlaceKey.of(Objects.requireNonNull(name, "name")));
        if (readings.isEmpty() || name.strip().matches("[IVXL]{2,}")) { // "World War II" names no Finnish village
            return Optional.empty();
        }
        Reading best = readings.stream().min(new ReadingOrder(table, contextCountries)).orElseThrow();
        return Optional.of(location(best.entry(), name));
    }

    /** Every reading of the name without context, best first; for inspection and debugging. */
    public List<Location> candidates(String name) {
        return candidates(name, Set.of());
    }

    /** Every reading of the name, best first, ranked with the given context countries. */
    public List<Location> candidates(String name, Set<String> contextCountries) {
        Objects.requireNonNull(contextCountries, "contextCountries");
        String key = PlaceKey.of(Objects.requireNonNull(name, "name"));
        List<Reading> readings = new ArrayList<>(table.readings(key));
        readings.sort(new ReadingOrder(table, contextCountries));
        List<Location> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            out.add(location(r.entry(), name));
        }
        return List.copyOf(out);
    }

    /** How many entries (regions and cities) the gazetteer holds. */
    public int size() {
        return table.size();
    }

    private Location location(int entry, String asked) {
        return new Location(table.name(entry), table.country(entry), table.lat(entry), table.lon(entry), asked);
    }
}
