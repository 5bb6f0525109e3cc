// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index 0-based index in its sentence
 * @param word  surface form
 * @param lemma lemma (lower-cased for verbs and common nouns by the annotator)
 * @param tag   Penn Treebank part-of-speech tag
 * @param ner   named-entity class (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 * @param begin character offset of the first character in the article text
 * @param end   character offset after the last character
 */
public record Token(int index, String word, String lemma, String tag, String ner, int begin, int end) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(ner, "ner");
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token offsets: " + index + " " + begin + "-" + end);
        }
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isPronoun() {
        return tag.startsWith("PRP");
    }
}
