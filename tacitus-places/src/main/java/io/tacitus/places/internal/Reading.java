// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places.internal;

/**
 * One way to read a name: a gazetteer entry, and whether the name matched only one of its alternative
 * names (GeoNames {@code alt_names}, lower confidence).
 *
 * @param entry       the entry number in the {@link PlaceTable}
 * @param alternative true when the match was on an alternative name only
 */
public record Reading(int entry, boolean alternative) {
    public Reading {
        if (entry < 0) {
            throw new IllegalArgumentException("entry must be >= 0: " + entry);
        }
    }
}
