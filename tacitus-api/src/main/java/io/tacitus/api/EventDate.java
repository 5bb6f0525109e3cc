// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date known to the precision the text gives: a year, a month or a day.
 *
 * @param year  the year
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when only the year or month is known
 */
public record EventDate(int year, int month, int day) implements Comparable<EventDate> {
    public EventDate {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("bad date " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // validates the day of month
        }
    }

    public static EventDate of(LocalDate date) {
        return new EventDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static EventDate ofYear(int year) {
        return new EventDate(year, 0, 0);
    }

    public static EventDate ofMonth(int year, int month) {
        return new EventDate(year, month, 0);
    }

    /** Parses "2014", "2018-11" or "2019-06-28". */
    public static EventDate parse(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> ofYear(Integer.parseInt(iso));
                case 7 -> { YearMonth ym = YearMonth.parse(iso); yield ofMonth(ym.getYear(), ym.getMonthValue()); }
                case 10 -> of(LocalDate.parse(iso));
                default -> throw new IllegalArgumentException("not an ISO date at year, month or day precision: " + iso);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO date: " + iso, e);
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date can denote. */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date can denote. */
    public LocalDate end() {
        if (day != 0) {
            return start();
        }
        return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(EventDate o) {
        return start().compareTo(o.start());
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    public enum Precision { YEAR, MONTH, DAY }
}
