// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.EventDate;
import java.util.List;
import java.util.Objects;

/**
 * What a mention must share with an event to be merged into it (docs/STORE.md, "Deduplication").
 *
 * <p>Full keys (source and target known, both with a country, and a date) hold the two actor codes, the
 * CAMEO root and the year; the date is then matched within its precision. Meet, consult, negotiate (root
 * 04) and sign an agreement (057) are symmetric: their key holds the two codes in code order, so A→B and
 * B→A are one happening; 057 keeps a class of its own so that it does not join other 05 events. Any other
 * mention gets an identical-only key: source, target, full code and date, all as written.
 *
 * @param value     the key as stored in {@code events.dedup_key}
 * @param searches  the keys under which matching events may be stored: the year's, and the next or the
 *                  previous year's for a day one day away from it
 * @param strict    whether the date is matched within its precision (otherwise it is part of the key)
 * @param symmetric whether the event has no direction
 * @param swapped   whether the key's first actor is the mention's target
 */
public record DedupKey(String value, List<String> searches, boolean strict, boolean symmetric, boolean swapped) {
    public DedupKey {
        Objects.requireNonNull(value, "value");
        searches = List.copyOf(searches);
    }

    public static DedupKey of(Event e) {
        String source = e.source().code().value();
        String code = e.type().code().value();
        if (!isStrict(e)) {
            String target = e.target() == null ? "-" : e.target().code().value();
            String date = e.date() == null ? "-" : e.date().toString();
            String value = String.join("|", "I", source, target, code, date);
            return new DedupKey(value, List.of(value), false, false, false);
        }
        String target = e.target().code().value();
        boolean symmetric = isSymmetric(code);
        boolean swap = symmetric && source.compareTo(target) > 0;
        String mergeClass = code.equals("057") ? code : e.type().code().root();
        String prefix = String.join("|", "S", swap ? target : source, swap ? source : target, mergeClass) + "|";
        return new DedupKey(prefix + e.date().year(), years(e.date()).stream().map(y -> prefix + y).toList(),
                true, symmetric, swap);
    }

    /** A day may match the day before or after, which can be in another year. */
    private static List<Integer> years(EventDate d) {
        if (d.precision() != EventDate.Precision.DAY) {
            return List.of(d.year());
        }
        int before = d.start().minusDays(1).getYear();
        int after = d.start().plusDays(1).getYear();
        return before != d.year() ? List.of(d.year(), before) : after != d.year() ? List.of(d.year(), after)
                : List.of(d.year());
    }

    /** Meet, consult, negotiate (root 04) and sign a formal agreement (057) have no direction. */
    public static boolean isSymmetric(String cameo) {
        return cameo.startsWith("04") || cameo.equals("057");
    }

    private static boolean isStrict(Event e) {
        return e.target() != null && e.date() != null && hasCountry(e.source()) && hasCountry(e.target());
    }

    private static boolean hasCountry(EventActor a) {
        return a.code().country() != null;
    }

    /** The merge rule stored with the event: "full" (dates matched within precision) or "identical". */
    public String rule() {
        return strict ? "full" : "identical";
    }

    /** The actor that comes first in the key. */
    public EventActor first(Event e) {
        return swapped ? e.target() : e.source();
    }

    /** The actor that comes second in the key, or null. */
    public EventActor second(Event e) {
        return swapped ? e.source() : e.target();
    }
}
