// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.Objects;

/**
 * What storing one article did.
 *
 * @param articleId   the article
 * @param outcome     stored, or skipped as a duplicate
 * @param mentions    mentions stored (0 for a duplicate)
 * @param newEvents   events created by this article
 * @param mergedInto  existing events this article's mentions were merged into
 */
public record StoreResult(String articleId, Outcome outcome, int mentions, int newEvents, int mergedInto) {
    public StoreResult {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static StoreResult duplicate(String articleId, Outcome outcome) {
        return new StoreResult(articleId, outcome, 0, 0, 0);
    }

    public boolean stored() {
        return outcome == Outcome.STORED;
    }

    /** Whether the article was stored, or why not. */
    public enum Outcome {
        STORED,
        /** an article with the same id is already stored */
        DUPLICATE_ID,
        /** an article with the same text (SHA-256) is already stored under another id */
        DUPLICATE_TEXT
    }
}
