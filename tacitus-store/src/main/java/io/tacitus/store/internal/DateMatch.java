// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether two dates may denote the same happening: two days are equal, or one day apart when the reports
 * come from different articles or one of the dates is only the publication date; a month or year matches
 * any date it overlaps.
 */
public final class DateMatch {
    private DateMatch() {
    }

    /** Days of slack between two day-precision dates. */
    public static int tolerance(boolean sameArticle, DateSource a, DateSource b) {
        return !sameArticle || a == DateSource.DOCUMENT || b == DateSource.DOCUMENT ? 1 : 0;
    }

    public static boolean matches(EventDate a, EventDate b, int toleranceDays) {
        if (a.precision() == EventDate.Precision.DAY && b.precision() == EventDate.Precision.DAY) {
            return Math.abs(ChronoUnit.DAYS.between(a.start(), b.start())) <= toleranceDays;
        }
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    /** Distance between the first days, for choosing the closest of several matches. */
    public static long distance(EventDate a, EventDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a.start(), b.start()));
    }
}
