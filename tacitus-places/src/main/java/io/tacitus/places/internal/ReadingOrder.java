// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.places.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Orders the readings of one name, best first: hand-made regions; then entries in a context country (the
 * earlier in the context, the better); then national capitals, then admin capitals, then other places;
 * then the larger population, where a match on an alternative name counts a tenth of its population;
 * then a main-name match before an alternative one; then file order. Immutable.
 */
public final class ReadingOrder implements Comparator<Reading> {
    /** A match on an alternative name weighs its population down by this factor. */
    static final long ALTERNATIVE_NAME_DISCOUNT = 10;

    private final PlaceTable table;
    private final List<String> context;

    /** @param context the context countries, most specific first */
    public ReadingOrder(PlaceTable table, Set<String> context) {
        this.table = table;
        this.context = List.copyOf(context);
    }

    @Override
    public int compare(Reading a, Reading b) {
        int c = Boolean.compare(!isRegion(a), !isRegion(b));
        if (c == 0) {
            c = Integer.compare(contextRank(a), contextRank(b));
        }
        if (c == 0) {
            c = table.kind(a.entry()).compareTo(table.kind(b.entry()));
        }
        if (c == 0) {
            c = Long.compare(weight(b), weight(a));
        }
        if (c == 0) {
            c = Boolean.compare(a.alternative(), b.alternative());
        }
        return c != 0 ? c : Integer.compare(a.entry(), b.entry());
    }

    private boolean isRegion(Reading r) {
        return table.kind(r.entry()) == PlaceKind.REGION;
    }

    private int contextRank(Reading r) {
        String country = table.country(r.entry());
        int rank = country == null ? -1 : context.indexOf(country);
        return rank < 0 ? context.size() : rank;
    }

    private long weight(Reading r) {
        long people = table.population(r.entry());
        return r.alternative() ? people : people * ALTERNATIVE_NAME_DISCOUNT;
    }
}
