// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;

/** The tense of the clause a token sits in, read from its governing verb. */
public final class Tense {
    private Tense() {
    }

    /**
     * Whether the clause is about the future: a "will" auxiliary, or a present-tense verb ("takes office
     * in January", "is due to expire in August"). Past tense, perfects and unparsed sentences are not.
     */
    public static boolean future(Sentence s, int token) {
        if (!s.parsed()) {
            return false;
        }
        int node = token;
        for (int hops = 0; hops < 8; hops++) {
            final int at = node;
            boolean infinitive = s.tokens().get(node).tag().equals("VB") && s.children(node).stream().anyMatch(d ->
                    d.base().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("to"));
            if (infinitive && s.parents(at).stream().anyMatch(d -> d.base().equals("xcomp"))) {
                return true; // "has ordered Ghali to testify on June 1": what one is told to do lies ahead
            }
            Token tok = s.tokens().get(node);
            boolean perfect = s.children(node).stream().anyMatch(d -> d.base().equals("aux")
                    && s.tokens().get(d.dependent()).word().equalsIgnoreCase("have")); // "would have brought": past
            if (perfect) {
                return false;
            }
            if (tok.tag().equals("VBN") && s.parents(at).stream().anyMatch(d -> d.base().equals("acl"))) {
                return false; // "the treaty, signed on August 27 by ...": a past participle tells of the past
            }
            for (Dependency d : s.children(node)) {
                Token c = s.tokens().get(d.dependent());
                if (d.base().equals("aux") || d.base().equals("cop") || d.relation().equals("aux:pass")) {
                    String w = c.word().toLowerCase();
                    if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("would")) {
                        return true;
                    }
                    if (c.tag().equals("VBD") || w.equals("has") || w.equals("have") || w.equals("had")) {
                        return false;
                    }
                    if (c.tag().equals("VBZ") || c.tag().equals("VBP")) {
                        return true; // "is set to expire in August", "is due in March"
                    }
                }
            }
            if (tok.tag().equals("VBD")) {
                return false;
            }
            if (tok.tag().equals("VBZ") || tok.tag().equals("VBP")) {
                return true;
            }
            Dependency up = null;
            for (Dependency d : s.parents(node)) {
                if (!d.base().equals("conj")) {
                    up = d;
                    break;
                }
            }
            if (up == null || up.governor() < 0) {
                return false;
            }
            node = up.governor();
        }
        return false;
    }
}
