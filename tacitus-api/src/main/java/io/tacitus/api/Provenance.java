// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * Why an event exists: where it was read and which rule coded it.
 *
 * @param docId          the article id
 * @param sentence       0-based sentence index
 * @param sentenceText   the sentence
 * @param trigger        the words that fired the rule
 * @param rule           the lexicon entry id
 * @param lexiconVersion version of the lexicon
 * @param actorsVersion  version of the actor knowledge
 */
public record Provenance(String docId, int sentence, String sentenceText, String trigger, String rule,
                         String lexiconVersion, String actorsVersion) {
    public Provenance {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sentenceText, "sentenceText");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
    }
}
