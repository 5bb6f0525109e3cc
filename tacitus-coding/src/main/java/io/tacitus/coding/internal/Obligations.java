// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.Set;

/**
 * Statements of what another must or should do: "Trump said Russia had to get out of Venezuela" is a demand
 * on Russia, "Islamabad said Washington should play a more active role" an appeal to Washington. Lexicon rows
 * flagged {@code oblige} name the verb of saying and, as objects, the modal words (must, have, need, should), or
 * {@value #SUBJUNCTIVE} for a clause in the subjunctive ("insisted that Skopje acknowledge");
 * the target is the subject of the clause said.
 */
final class Obligations {
    /** "had shelled": an auxiliary of tense, not of obligation, unless "to" follows ("had to get out"). */
    private static final Set<String> PERFECT = Set.of("have", "need");
    /** The lexicon's word for a clause in the subjunctive, which obliges as a modal does. */
    static final String SUBJUNCTIVE = "subjunctive";

    private Obligations() {
    }

    /**
     * The clause said whose modal is one of the words, or -1. Without "that" the parser often reads the
     * clause as an object and an open complement ("said [Russia] had to get out") or makes "said" its
     * clausal subject ("[Pakistan said] the United States should play"); both are read here.
     */
    static int obliged(Sentence s, int verb, Set<String> modals) {
        for (Dependency d : s.children(verb)) {
            if ((d.base().equals("ccomp") || d.base().equals("xcomp")) && modal(s, d.dependent(), modals)) {
                return d.dependent();
            }
        }
        for (Dependency d : s.parents(verb)) {
            if (d.base().equals("csubj") && d.governor() >= 0 && modal(s, d.governor(), modals)) {
                return d.governor();
            }
        }
        return -1;
    }

    private static boolean modal(Sentence s, int c, Set<String> modals) {
        for (Dependency x : s.children(c)) {
            String aux = s.tokens().get(x.dependent()).lemma().toLowerCase();
            int next = x.dependent() + 1;
            boolean haveTo = next < s.tokens().size() && s.tokens().get(next).word().equalsIgnoreCase("to");
            if (x.base().equals("aux") && modals.contains(aux) && (!PERFECT.contains(aux) || haveTo)) {
                return true; // "should play", "must take", "had to get out"
            }
        }
        if (modals.contains(SUBJUNCTIVE) && subjunctive(s, c)) {
            return true; // "insists that Skopje acknowledge ...": a mandative subjunctive
        }
        String lemma = s.tokens().get(c).lemma().toLowerCase();
        return (lemma.equals("have") || lemma.equals("need")) && modals.contains(lemma) && hasToClause(s, c);
    }

    /** A base-form verb with a subject of its own and no auxiliary: "that Skopje acknowledge", "that he be freed". */
    private static boolean subjunctive(Sentence s, int c) {
        boolean base = s.tokens().get(c).tag().equals("VB");
        boolean subject = false;
        for (Dependency x : s.children(c)) {
            if (x.base().equals("aux") && !s.tokens().get(x.dependent()).lemma().equalsIgnoreCase("be")) {
                return false; // "that they would leave", "that they do not"
            }
            boolean nsubj = x.base().equals("nsubj");
            subject |= nsubj;
            // "that Skopje acknowledge", tagged as a plural present: a singular subject gives the subjunctive away
            base |= nsubj && s.tokens().get(c).tag().equals("VBP") && s.tokens().get(x.dependent()).tag().matches("NNP?");
            base |= x.relation().equals("aux:pass") && s.tokens().get(x.dependent()).word().equalsIgnoreCase("be");
        }
        return base && subject;
    }

    private static boolean hasToClause(Sentence s, int c) {
        for (Dependency x : s.children(c)) {
            if (x.base().equals("xcomp")) {
                return true;
            }
        }
        return false;
    }

    /** The one obliged: the subject of the clause said, else the object the parser gave "said", or -1. */
    static int subject(Sentence s, int verb, int clause) {
        if (clause < 0) {
            return -1;
        }
        for (Dependency d : s.children(clause)) {
            if (d.base().equals("nsubj") && !s.tokens().get(d.dependent()).isVerb()) {
                return d.dependent();
            }
        }
        for (Dependency d : s.children(verb)) {
            if (d.base().equals("obj")) {
                return d.dependent();
            }
        }
        return -1;
    }
}
