// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding;

import io.tacitus.api.EventType;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One lexicon entry: a predicate pattern and the event type it codes.
 *
 * @param id       stable id, recorded as the event's rule
 * @param type     the event type
 * @param noun     true for an event noun ("meeting"), false for a verb
 * @param lemma    the predicate's head lemma
 * @param compound for nouns, a required compound modifier ("phone" in "phone call"), or null
 * @param particle a required verb particle ("off" in "call off"), or null
 * @param objects  required direct-object head lemmas (any of them), empty when none is required
 * @param targets  where the target is found, in order: "obj" or a preposition
 * @param flags    "sym" for symmetric events, "say" for verbs of saying
 * @param example  an example sentence, with its expected source and target countries
 */
public record LexiconEntry(String id, EventType type, boolean noun, String lemma, String compound, String particle,
                           Set<String> objects, List<String> targets, Set<String> flags, Example example) {
    public LexiconEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lemma, "lemma");
        objects = Set.copyOf(objects);
        targets = List.copyOf(targets);
        flags = Set.copyOf(flags);
    }

    /** The same pattern coding another event type, under the id with a suffix ("provide-aid+intent"). */
    public LexiconEntry recoded(EventType other, String suffix) {
        return new LexiconEntry(id + suffix, other, noun, lemma, compound, particle, objects, targets, flags, example);
    }

    public boolean symmetric() {
        return flags.contains("sym");
    }

    /** How specific the pattern is; the most specific matching entry wins. */
    public int specificity() {
        // a judgement's objects are the words of its verdict, not an object: "said to Japan that the sanctions
        // were illegal" stays a statement to Japan when the judgement finds no one who did the thing judged
        boolean keyed = !objects.isEmpty() && !readsClause();
        return (keyed ? 4 : 0) + (particle == null ? 0 : 2) + (compound == null ? 0 : 2) + (flags.contains("visit") ? 1 : 0);
    }

    /**
     * Whether the objects are words of the clause the verb governs rather than its object: a verdict
     * (flag {@code judge}: "called the seizure an act of aggression") or a modal (flag {@code oblige}: "said
     * Russia had to leave").
     */
    public boolean readsClause() {
        return flags.contains("judge") || flags.contains("oblige");
    }

    /**
     * An entry's example sentence and the countries it must yield.
     *
     * @param text   the sentence
     * @param source expected source country
     * @param target expected target country, or null
     */
    public record Example(String text, String source, String target) {
    }
}
