// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

/**
 * The size of a store.
 *
 * @param schemaVersion the schema version of the database
 * @param articles      articles stored
 * @param sentences     sentences stored (those that hold a mention)
 * @param events        deduplicated events
 * @param mentions      mentions (one per coded event record)
 */
public record StoreCounts(int schemaVersion, long articles, long sentences, long events, long mentions) {
    @Override
    public String toString() {
        return articles + " articles, " + sentences + " sentences, " + events + " events, " + mentions
                + " mentions (schema version " + schemaVersion + ")";
    }
}
