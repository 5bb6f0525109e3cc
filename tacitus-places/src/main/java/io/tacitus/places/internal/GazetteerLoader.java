// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places.internal;

import io.tacitus.api.knowledge.TabularFile;
import io.tacitus.api.knowledge.TabularFile.Row;
import java.util.List;

/**
 * Reads the gazetteer files next to a class into a {@link PlaceTable}: {@code regions.tsv} (name, aliases,
 * country, kind, lat, lon) and {@code cities.tsv.gz} (name, ascii_name, country, admin1, lat, lon,
 * population, feature, geonameid, alt_names). A malformed cell fails with the file and line.
 */
public final class GazetteerLoader {
    /** The hand-made list of seas, straits, regions and territories. */
    public static final String REGIONS = "regions.tsv";
    /** The GeoNames-derived list of populated places. */
    public static final String CITIES = "cities.tsv.gz";

    private final PlaceTable.Builder table = new PlaceTable.Builder();

    /** Loads both files found next to {@code owner}. */
    public static PlaceTable load(Class<?> owner) {
        GazetteerLoader loader = new GazetteerLoader();
        loader.addRegions(TabularFile.resource(owner, REGIONS, 6));
        loader.addCities(TabularFile.resource(owner, CITIES, 10));
        return loader.table.build();
    }

    private void addRegions(List<Row> rows) {
        for (Row row : rows) {
            String name = required(row, 0, "name");
            int entry = table.add(name, country(row, 2), degrees(row, 4, 90), degrees(row, 5, 180), 0,
                    PlaceKind.REGION);
            table.name(entry, name, false);
            for (String alias : row.list(1)) {
                table.name(entry, alias, false);
            }
        }
    }

    private void addCities(List<Row> rows) {
        for (Row row : rows) {
            String name = required(row, 0, "name");
            int entry = table.add(name, country(row, 2), degrees(row, 4, 90), degrees(row, 5, 180),
                    population(row, 6), PlaceKind.ofFeature(row.get(7)));
            table.name(entry, name, false);
            String ascii = row.get(1);
            if (ascii != null) {
                table.name(entry, ascii, false);
            }
            for (String alt : row.list(9)) {
                table.name(entry, alt, true);
            }
        }
    }

    private static String required(Row row, int column, String what) {
        String value = row.get(column);
        if (value == null) {
            throw row.error("missing " + what);
        }
        return value;
    }

    private static String country(Row row, int column) {
        String code = row.get(column);
        if (code != null && !isAlpha3(code)) {
            throw row.error("country must be ISO 3166-1 alpha-3 or -, found '" + code + "'");
        }
        return code;
    }

    private static boolean isAlpha3(String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static double degrees(Row row, int column, double limit) {
        String cell = required(row, column, "coordinate in column " + (column + 1));
        try {
            double value = Double.parseDouble(cell);
            if (Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            throw withCause(row.error("not a number in column " + (column + 1) + ": '" + cell + "'"), e);
        }
        throw row.error("coordinate out of range in column " + (column + 1) + ": " + cell);
    }

    private static int population(Row row, int column) {
        String cell = row.get(column);
        if (cell == null) {
            return 0;
        }
        int people;
        try {
            people = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw withCause(row.error("population is not a whole number: '" + cell + "'"), e);
        }
        if (people < 0) {
            throw row.error("population is negative: " + people);
        }
        return people;
    }

    private static RuntimeException withCause(RuntimeException error, Exception cause) {
        error.initCause(cause);
        return error;
    }
}
