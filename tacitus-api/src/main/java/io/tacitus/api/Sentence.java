// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One annotated sentence.
 *
 * @param index        0-based index in the article
 * @param text         the sentence text as in the article
 * @param begin        character offset in the article text
 * @param tokens       tokens with lemma, tag and named-entity class
 * @param dependencies enhanced dependency graph; empty when the sentence was not parsed
 * @param times        time expressions, normalised against the publication date
 * @param parsed       whether the dependency parser ran on this sentence
 */
public record Sentence(int index, String text, int begin, List<Token> tokens, List<Dependency> dependencies,
                       List<TimeExpression> times, boolean parsed) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        times = List.copyOf(times);
    }

    public Sentence withTimes(List<TimeExpression> newTimes) {
        return new Sentence(index, text, begin, tokens, dependencies, newTimes, parsed);
    }

    public Sentence withDependencies(List<Dependency> newDependencies) {
        return new Sentence(index, text, begin, tokens, newDependencies, times, true);
    }

    /** Dependencies whose governor is the given token. */
    public List<Dependency> children(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                out.add(d);
            }
        }
        return out;
    }

    /** Dependencies whose dependent is the given token. */
    public List<Dependency> parents(int dependent) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                out.add(d);
            }
        }
        return out;
    }

    /** The words of tokens [start, end) joined as they appear in the text. */
    public String span(int start, int end) {
        if (start >= end) {
            return "";
        }
        int from = tokens.get(start).begin() - begin;
        int to = tokens.get(end - 1).end() - begin;
        if (from < 0 || to > text.length() || from > to) {
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < end; i++) {
                sb.append(i > start ? " " : "").append(tokens.get(i).word());
            }
            return sb.toString();
        }
        return text.substring(from, to);
    }
}
