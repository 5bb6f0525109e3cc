// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Optional;
import java.util.Set;

/**
 * Geocodes a place name found in a sentence ("Lima", "Osaka", "the Sea of Azov", "Crimea").
 *
 * <p>Needs: the name as written, and the countries the article is about (to prefer Paris, France over
 * Paris, Texas); an explicit country ("Osaka, Japan") goes first in that set. Produces: a {@link Location}
 * with coordinates, or empty. Immutable and thread-safe.
 */
public interface PlaceResolver {
    Optional<Location> resolve(String name, Set<String> contextCountries);

    /** A resolver that knows no place. */
    static PlaceResolver none() {
        return (name, countries) -> Optional.empty();
    }
}
