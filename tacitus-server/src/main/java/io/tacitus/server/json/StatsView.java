// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

/**
 * The size of the store and the time its events span.
 *
 * @param articles      articles stored
 * @param sentences     sentences stored
 * @param events        deduplicated events
 * @param mentions      mentions
 * @param schemaVersion schema version of the store
 * @param firstDay      first day any dated event can denote (ISO), or null
 * @param lastDay       last day any dated event can denote (ISO), or null
 */
public record StatsView(long articles, long sentences, long events, long mentions, int schemaVersion,
                        String firstDay, String lastDay) {
}
