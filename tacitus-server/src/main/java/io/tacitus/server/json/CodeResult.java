// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import java.util.List;
import java.util.Map;

/**
 * What coding a posted article gave.
 *
 * @param articleId the id given to the article ("web-" and the start of the text's SHA-256)
 * @param title     its title, or null
 * @param date      its publication date
 * @param sentences sentences in the article
 * @param events    the event records, exactly as {@code tacitus code} writes them (docs/SCHEMA.md)
 * @param problems  problems met, as text
 * @param stored    what storing did, or null when not asked to store
 */
public record CodeResult(String articleId, String title, String date, int sentences,
                         List<Map<String, Object>> events, List<String> problems, Stored stored) {
    public CodeResult {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /**
     * What storing the article did.
     *
     * @param outcome    "stored", "duplicate_id" or "duplicate_text"
     * @param mentions   mentions stored
     * @param newEvents  events created
     * @param mergedInto existing events updated
     */
    public record Stored(String outcome, int mentions, int newEvents, int mergedInto) {
    }
}
