// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.ingest;

import java.time.LocalDate;

/**
 * Options for reading articles.
 *
 * @param date     publication date for .txt files (overrides the date in the file name); null for none
 * @param maxChars longest article accepted, in characters; longer ones are rejected as too large
 */
public record ReaderOptions(LocalDate date, int maxChars) {
    /** 1,000,000 characters: about 150,000 words, far beyond any news article. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public ReaderOptions {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(null, DEFAULT_MAX_CHARS);
    }
}
