// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from the input, before any analysis.
 *
 * @param id     stable document id (unique within a batch)
 * @param text   the body text; never null
 * @param date   publication date, or null when unknown
 * @param title  headline or null
 * @param url    address or null
 * @param source outlet name or null
 */
public record Article(String id, String text, LocalDate date, String title, String url, String source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** An article with only an id, text and publication date. */
    public static Article of(String id, String text, LocalDate date) {
        return new Article(id, text, date, null, null, null);
    }
}
