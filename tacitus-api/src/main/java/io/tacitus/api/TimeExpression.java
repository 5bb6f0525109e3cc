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
 * @param value the date it denotes
 */
public record TimeExpression(int start, int end, int head, String text, EventDate value) {
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
