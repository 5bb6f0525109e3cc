// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * A time expression found in a sentence, normalised against the publication date.
 *
 * @param start first token index
 * @param end   index after the last token
 * @param head  the token the expression attaches to the parse through (usually its last noun or number)
 * @param text  the words
 * @param value the date it denotes (for a relative expression: counted from the publication date)
 * @param shiftDays for expressions relative to another event ("three days earlier", "a day after"): the
 *                  shift in days from that event's date, which the coder resolves; 0 for absolute ones
 *                  and for the same day as another event ("earlier in the day", "the same day")
 * @param relative  whether the date is counted from another event rather than stated
 */
public record TimeExpression(int start, int end, int head, String text, EventDate value, int shiftDays, boolean relative) {
    /** An absolute expression ("on Sunday", "in March 2014"). */
    public TimeExpression(int start, int end, int head, String text, EventDate value) {
        this(start, end, head, text, value, 0, false);
    }

    /** An expression shifted from another event by a number of days; relative unless the shift is 0. */
    public TimeExpression(int start, int end, int head, String text, EventDate value, int shiftDays) {
        this(start, end, head, text, value, shiftDays, shiftDays != 0);
    }

    /** The same day as another event: "earlier in the day", "later that day", "the same day". */
    public static TimeExpression sameDay(int start, int end, int head, String text, EventDate value) {
        return new TimeExpression(start, end, head, text, value, 0, true);
    }

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start || head < start || head >= end) {
            throw new IllegalArgumentException("bad time expression span " + start + "-" + end + " head " + head);
        }
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }
}
