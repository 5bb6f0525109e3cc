// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.Locale;

/**
 * The periods a dyad is counted by. An event dated more coarsely than the period (a year-only date, by month
 * or by quarter) is not spread over periods: it goes in a line of its own, "2014 (year only)".
 */
public enum Period {
    MONTH, QUARTER, YEAR;

    /** The label suffix of a period that holds events known only to the year. */
    public static final String YEAR_ONLY = " (year only)";

    /** "month", "quarter" or "year". */
    public static Period parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period must be month, quarter or year: " + text, e);
        }
    }
}
