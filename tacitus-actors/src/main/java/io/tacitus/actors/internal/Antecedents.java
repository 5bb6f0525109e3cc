// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;

/** Antecedents named earlier in a pronoun's own sentence: a plural group, a country, a state or organisation. */
final class Antecedents {
    private Antecedents() {
    }

    /** The nearest group named by a plural noun before the pronoun in its sentence ("troops", "rebels"). */
    static ActorMention pluralGroupBefore(List<Token> tokens, List<ActorMention> out, int pronoun) {
        ActorMention best = null;
        for (ActorMention m : out) {
            boolean plural = tokens.get(m.head()).tag().equals("NNS") || tokens.get(m.head()).tag().equals("NNPS");
            boolean group = !m.entity().isPerson() && m.entity().code().role() != null && !m.via().startsWith("coref:");
            if (m.end() <= pronoun && plural && group && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * "Venezuela and Nicaragua said they were withdrawing their ambassadors": the conjoined subjects of the verb
     * whose complement clause holds the pronoun, when there are two or more; else empty.
     */
    static List<ActorMention> reportingSubjects(Sentence s, List<ActorMention> out, int pronoun) {
        List<Integer> tellers = Clauses.tellers(s, pronoun, 5);
        if (tellers.isEmpty()) {
            return List.of();
        }
        List<ActorMention> subjects = new ArrayList<>();
        for (Dependency d : s.children(tellers.get(0))) {
            for (ActorMention m : out) {
                if (d.base().equals("nsubj") && m.covers(d.dependent()) && m.end() <= pronoun && !m.via().startsWith("coref:")) {
                    subjects.add(m);
                }
            }
        }
        return subjects.size() >= 2 ? subjects : List.of();
    }

    /**
     * "Greece and Turkey pulled their warships back": a possessive plural on the object of a verb whose subjects are
     * two or more actors named before it stands for those subjects; empty otherwise.
     */
    static List<ActorMention> possessingSubjects(Sentence s, List<ActorMention> out, int pronoun) {
        List<ActorMention> subjects = new ArrayList<>();
        for (Dependency owned : s.parents(pronoun)) {
            for (Dependency object : owned.relation().equals("nmod:poss") && owned.governor() >= 0
                    ? s.parents(owned.governor()) : List.<Dependency>of()) {
                boolean onObject = object.governor() >= 0 && object.base().equals("obj");
                for (Dependency d : onObject ? s.children(object.governor()) : List.<Dependency>of()) {
                    for (ActorMention m : out) {
                        if (d.base().equals("nsubj") && m.covers(d.dependent()) && m.end() <= pronoun
                                && !m.via().startsWith("coref:") && !subjects.contains(m)) {
                            subjects.add(m);
                        }
                    }
                }
            }
        }
        return subjects.size() >= 2 ? subjects : List.of();
    }

    static ActorMention lastCountryBefore(List<ActorMention> mentions, int token) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.end() <= token && m.entity().id().startsWith("country:") && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The last person named before a token in the sentence, other than the excluded, or the last single office
     * holder named by title ("its ambassador in Tegucigalpa had been beaten by soldiers who detained him").
     */
    static ActorEntity lastPersonBefore(Sentence s, List<ActorMention> mentions, int token, List<ActorEntity> excluded) {
        ActorMention last = null;
        for (ActorMention m : mentions) {
            boolean office = (m.entity().id().startsWith("group:") || m.entity().id().startsWith("role:")) && s.tokens().get(m.head()).tag().equals("NN")
                    && "GOV".equals(m.entity().code().role());
            if (m.end() <= token && (m.entity().isPerson() || office) && !excluded.contains(m.entity())
                    && (last == null || m.start() > last.start())) {
                last = m;
            }
        }
        return last == null ? null : last.entity();
    }

    /**
     * Pronouns that stand for an office named by title take the country that office was given ("its ambassador
     * in Tegucigalpa ... detained him": Cuba's, not Honduras's). {@code localised} is {@code before} with each
     * role given its country, in the same order.
     */
    static List<ActorMention> followLocalised(List<ActorMention> before, List<ActorMention> localised) {
        List<ActorMention> out = new ArrayList<>(localised);
        for (int k = 0; k < before.size(); k++) {
            ActorMention p = before.get(k);
            if (!p.via().startsWith("coref:pronoun") || !p.entity().id().startsWith("role:")) {
                continue;
            }
            for (int j = before.size() - 1; j >= 0; j--) {
                ActorMention a = before.get(j);
                if (j != k && a.entity() == p.entity() && a.end() <= p.start() && !a.via().startsWith("coref:")) {
                    ActorMention m = localised.get(k);
                    out.set(k, new ActorMention(m.start(), m.end(), m.head(), m.text(), localised.get(j).entity(), p.via()));
                    break;
                }
            }
        }
        return out;
    }

    /** "the Kremlin insisted that it...": the nearest state or organisation named earlier in the sentence. */
    static ActorEntity lastNonPersonBefore(List<ActorMention> mentions, int token) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.end() <= token && !m.entity().isPerson() && m.entity().code().country() != null
                    && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
    }

    /** Two or more countries joined by "and" before the token ("Canada and Mexico struck back ... on their steel"). */
    static List<ActorMention> conjoinedStates(Sentence s, List<ActorMention> mentions, int token) {
        for (ActorMention m : mentions) {
            if (m.end() > token || !m.entity().id().startsWith("country:")) {
                continue;
            }
            List<ActorMention> out = new ArrayList<>(List.of(m));
            for (Dependency d : s.children(m.head())) {
                for (ActorMention other : d.relation().equals("conj:and") ? mentions : List.<ActorMention>of()) {
                    if (other.covers(d.dependent()) && other.end() <= token && other.entity().id().startsWith("country:")) {
                        out.add(other);
                    }
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of();
    }

    /** Whether a mention found by that route ends before the token ("each side ... the other"). */
    static boolean coveredBy(List<ActorMention> mentions, String via, int token) {
        return mentions.stream().anyMatch(m -> m.via().equals(via) && m.end() <= token);
    }

    static boolean covered(List<ActorMention> mentions, int token) {
        for (ActorMention m : mentions) {
            if (m.covers(token)) {
                return true;
            }
        }
        return false;
    }
}
