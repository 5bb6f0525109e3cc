// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp;

/**
 * Configuration of the CoreNLP annotator.
 *
 * @param ner            run the 3-class CRF named-entity tagger (PERSON, LOCATION, ORGANIZATION); off by
 *                       default: it changed no figure of the gold evaluation and costs ~0.8 ms a sentence
 * @param maxParseTokens sentences longer than this are not parsed (lists, tables, run-on text)
 */
public record NlpOptions(boolean ner, int maxParseTokens) {
    public NlpOptions {
        if (maxParseTokens < 1) {
            throw new IllegalArgumentException("maxParseTokens must be positive: " + maxParseTokens);
        }
    }

    /** The configuration measured as fast and accurate (docs/PERFORMANCE.md). */
    public static NlpOptions defaults() {
        return new NlpOptions(false, 100);
    }
}
