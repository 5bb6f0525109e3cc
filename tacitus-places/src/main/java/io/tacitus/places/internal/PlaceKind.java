// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places.internal;

/** What a gazetteer entry is, in ranking order: a region from the hand-made list ranks first. */
public enum PlaceKind {
    /** A sea, strait, region or territory from {@code regions.tsv}. */
    REGION,
    /** A national capital (GeoNames feature {@code PPLC}). */
    NATIONAL_CAPITAL,
    /** The seat of a first- or second-order division ({@code PPLA}, {@code PPLA2}). */
    ADMIN_CAPITAL,
    /** Any other populated place, including the seats of third- to fifth-order divisions. */
    PLACE;

    private static final PlaceKind[] VALUES = values();

    /** The kind of a city row by its GeoNames feature code (null for none). */
    public static PlaceKind ofFeature(String feature) {
        if (feature == null) {
            return PLACE;
        }
        return switch (feature) {
            case "PPLC" -> NATIONAL_CAPITAL;
            case "PPLA", "PPLA2" -> ADMIN_CAPITAL;
            default -> PLACE;
        };
    }

    static PlaceKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
