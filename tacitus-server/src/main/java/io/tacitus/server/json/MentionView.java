// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server.json;

import io.tacitus.store.StoredMention;

/**
 * One report of an event, with its provenance: where it was read and why it was coded so.
 *
 * @param mentionId      store id of the mention
 * @param eventId        the event it was merged into
 * @param articleId      the article
 * @param articleTitle   the article's title, or null
 * @param outlet         the article's outlet, or null
 * @param sentence       0-based sentence index
 * @param sentenceText   the sentence as written
 * @param source         source actor code as coded in this sentence
 * @param sourceText     the source's words
 * @param target         target actor code, or null
 * @param targetText     the target's words, or null
 * @param cameo          this mention's CAMEO code
 * @param date           this mention's date, or null
 * @param dateSource     "text" or "document", or null
 * @param trigger        the words that fired the rule
 * @param rule           the lexicon entry
 * @param lexiconVersion version of the lexicon
 * @param actorsVersion  version of the actor knowledge
 */
public record MentionView(long mentionId, long eventId, String articleId, String articleTitle, String outlet,
                          int sentence, String sentenceText, String source, String sourceText, String target,
                          String targetText, String cameo, String date, String dateSource, String trigger,
                          String rule, String lexiconVersion, String actorsVersion) {
    public static MentionView of(StoredMention m, String articleTitle) {
        return new MentionView(m.id(), m.eventId(), m.articleId(), articleTitle, m.outlet(), m.sentence(),
                m.sentenceText(), m.sourceCode(), m.sourceText(), m.targetCode(), m.targetText(), m.cameo(),
                m.date() == null ? null : m.date().toString(), m.dateSource(), m.trigger(), m.rule(),
                m.lexiconVersion(), m.actorsVersion());
    }
}
