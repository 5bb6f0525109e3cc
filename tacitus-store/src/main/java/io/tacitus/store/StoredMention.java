// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import io.tacitus.api.EventDate;
import java.util.Objects;

/**
 * One report of an event: a coded event record as read in one sentence, with its provenance.
 *
 * @param id             store id of the mention
 * @param eventId        the event it was merged into
 * @param articleId      the article
 * @param outlet         the article's outlet, or null
 * @param sentence       0-based sentence index
 * @param sentenceText   the sentence
 * @param coderEventId   the coder's event id (docs/SCHEMA.md {@code event_id})
 * @param sourceCode     source actor code as coded in this sentence
 * @param sourceText     the source's words
 * @param targetCode     target actor code, or null
 * @param targetText     the target's words, or null
 * @param cameo          the CAMEO code of this mention
 * @param date           the mention's date, or null
 * @param dateSource     "text" or "document", or null
 * @param trigger        the words that fired the rule
 * @param rule           the lexicon entry
 * @param lexiconVersion version of the lexicon
 * @param actorsVersion  version of the actor knowledge
 */
public record StoredMention(long id, long eventId, String articleId, String outlet, int sentence,
                            String sentenceText, String coderEventId, String sourceCode, String sourceText,
                            String targetCode, String targetText, String cameo, EventDate date, String dateSource,
                            String trigger, String rule, String lexiconVersion, String actorsVersion) {
    public StoredMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(cameo, "cameo");
    }
}
