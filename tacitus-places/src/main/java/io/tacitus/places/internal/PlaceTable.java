// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer in columns: one slot per entry in primitive arrays (coordinates in units of 1e-4 degree),
 * and a map from {@link PlaceKey} to the entries that bear the name. No raw rows are kept. Immutable once
 * built, so safe to share between threads.
 */
public final class PlaceTable {
    private static final double SCALE = 1e4;
    private static final int[] NONE = new int[0];

    private final String[] names;
    private final String[] countries;
    private final int[] lat;
    private final int[] lon;
    private final int[] population;
    private final byte[] kinds;
    /**
     * Key to entries; an entry found only through its alternative names is stored as {@code ~entry}. Taken
     * over from the builder and never written again, so reads from any thread are safe.
     */
    private final Map<String, int[]> index;

    private PlaceTable(Builder b) {
        this.names = Arrays.copyOf(b.names, b.size);
        this.countries = Arrays.copyOf(b.countries, b.size);
        this.lat = Arrays.copyOf(b.lat, b.size);
        this.lon = Arrays.copyOf(b.lon, b.size);
        this.population = Arrays.copyOf(b.population, b.size);
        this.kinds = Arrays.copyOf(b.kinds, b.size);
        this.index = b.index;
    }

    /** The readings of a key, in file order; empty when no entry bears the name. */
    public List<Reading> readings(String key) {
        int[] hits = index.getOrDefault(key, NONE);
        List<Reading> out = new ArrayList<>(hits.length);
        for (int hit : hits) {
            out.add(hit >= 0 ? new Reading(hit, false) : new Reading(~hit, true));
        }
        return out;
    }

    public int size() {
        return names.length;
    }

    public String name(int entry) {
        return names[entry];
    }

    /** ISO 3166-1 alpha-3, or null for international places. */
    public String country(int entry) {
        return countries[entry];
    }

    public double lat(int entry) {
        return lat[entry] / SCALE;
    }

    public double lon(int entry) {
        return lon[entry] / SCALE;
    }

    /** Population, 0 when unknown (always 0 for regions). */
    public int population(int entry) {
        return population[entry];
    }

    public PlaceKind kind(int entry) {
        return PlaceKind.ofOrdinal(kinds[entry]);
    }

    /** Collects entries; not thread-safe, used once by one loader. */
    public static final class Builder {
        private final Map<String, int[]> index = new HashMap<>(1 << 19);
        private final Map<String, String> countryCodes = new HashMap<>();
        private String[] names = new String[1024];
        private String[] countries = new String[1024];
        private int[] lat = new int[1024];
        private int[] lon = new int[1024];
        private int[] population = new int[1024];
        private byte[] kinds = new byte[1024];
        private int size;

        /** Adds an entry; returns its number, to pass to {@link #name}. */
        public int add(String name, String country, double latitude, double longitude, int people, PlaceKind kind) {
            if (size == names.length) {
                grow();
            }
            names[size] = name;
            countries[size] = country == null ? null : countryCodes.computeIfAbsent(country, c -> c);
            lat[size] = (int) Math.round(latitude * SCALE);
            lon[size] = (int) Math.round(longitude * SCALE);
            population[size] = people;
            kinds[size] = (byte) kind.ordinal();
            return size++;
        }

        /**
         * Indexes a name of the entry added last. Give its main names before its alternative ones: a key
         * already given to the same entry is skipped, so an alternative spelling never hides a main one.
         */
        public void name(int entry, String name, boolean alternative) {
            String key = PlaceKey.of(name);
            if (key.isEmpty()) {
                return;
            }
            int reading = alternative ? ~entry : entry;
            index.merge(key, new int[] {reading}, (hits, one) -> {
                int last = hits[hits.length - 1];
                if (last == entry || last == ~entry) {
                    return hits;
                }
                int[] more = Arrays.copyOf(hits, hits.length + 1);
                more[hits.length] = reading;
                return more;
            });
        }

        /** The table; the builder must not be used afterwards. */
        public PlaceTable build() {
            return new PlaceTable(this);
        }

        private void grow() {
            int n = names.length * 2;
            names = Arrays.copyOf(names, n);
            countries = Arrays.copyOf(countries, n);
            lat = Arrays.copyOf(lat, n);
            lon = Arrays.copyOf(lon, n);
            population = Arrays.copyOf(population, n);
            kinds = Arrays.copyOf(kinds, n);
        }
    }
}
