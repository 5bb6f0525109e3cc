// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param name    the place name as resolved ("Lima")
 * @param country ISO 3166 alpha-3 of the place, or null (international waters)
 * @param lat     latitude, or null when not geocoded
 * @param lon     longitude, or null when not geocoded
 * @param text    the words in the sentence
 */
public record Location(String name, String country, Double lat, Double lon, String text) {
    public Location {
        Objects.requireNonNull(name, "name");
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon go together");
        }
    }
}
