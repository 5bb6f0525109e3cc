// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import io.tacitus.api.EventDate;
import java.util.Objects;

/**
 * A deduplicated event as stored: the merged happening, with how often it was reported.
 *
 * @param id          store id of the event
 * @param sourceCode  actor code of the source (for a symmetric event: the first of the two in code order)
 * @param sourceName  canonical name of the source, or null
 * @param targetCode  actor code of the target, or null
 * @param targetName  canonical name of the target, or null
 * @param symmetric   whether the event has no direction (meet, consult, negotiate, sign an agreement)
 * @param cameo       the most specific CAMEO code among the mentions
 * @param cameoName   its name
 * @param root        the CAMEO root
 * @param goldstein   Goldstein score of the code
 * @param quadClass   quad class 1-4
 * @param date        the event's date at the best precision reported, or null
 * @param placeName   where it happened, or null
 * @param placeCountry ISO alpha-3 of the place, or null
 * @param mentions    mentions merged into it
 * @param articles    distinct articles that mention it
 * @param outlets     distinct outlets (an article without outlet counts as its own)
 */
public record StoredEvent(long id, String sourceCode, String sourceName, String targetCode, String targetName,
                          boolean symmetric, String cameo, String cameoName, String root, double goldstein,
                          int quadClass, EventDate date, String placeName, String placeCountry,
                          int mentions, int articles, int outlets) {
    public StoredEvent {
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(root, "root");
    }

    /** "USAGOV→RUSGOV", "RUSGOV↔USAGOV" (symmetric) or "RUS" (no target). */
    public String dyad() {
        return targetCode == null ? sourceCode : sourceCode + (symmetric ? "↔" : "→") + targetCode;
    }
}
