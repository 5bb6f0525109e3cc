// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who acts and who is acted upon, for one predicate: subjects or passive agents as sources, the entry's
 * target slots as targets; event nouns take possessives and adjectives as sources ("Russia's
 * annexation", "US sanctions") or the participants of the clause they sit in ("in a phone call, Putin
 * congratulated him"). Stateless apart from the sentence it reads.
 */
public final class Participants {
    private static final Set<String> SUBJECT_CLIMB = Set.of("advcl", "conj", "xcomp");
    private final Arguments args;
    private final Sentence s;

    public Participants(Arguments args) {
        this.args = args;
        this.s = args.sentence();
    }

    /** Sources and targets; targets empty when none is found. */
    public Roles roles(int p, LexiconEntry entry) {
        return entry.noun() ? nounRoles(p, entry) : verbRoles(p, entry);
    }

    private Roles verbRoles(int p, LexiconEntry entry) {
        boolean passive = isPassive(p);
        List<ActorMention> sources = verbSources(p, 0);
        List<ActorMention> targets = new ArrayList<>();
        int object = -1;
        for (Dependency d : s.children(p)) {
            if (d.base().equals(passive ? "nsubj" : "obj") && (!passive || d.relation().startsWith("nsubj:pass"))) {
                object = d.dependent();
            }
        }
        for (String slot : entry.targets()) {
            if (slot.equals("obj")) {
                targets = passive ? args.children(p, d -> d.relation().startsWith("nsubj:pass"))
                        : args.children(p, d -> d.base().equals("obj") || d.base().equals("iobj"));
            } else {
                targets = args.slot(p, slot);
                if (targets.isEmpty() && object >= 0) {
                    targets = hasParticle(p, slot) ? args.at(object) : args.slot(object, slot);
                }
            }
            if (!targets.isEmpty()) {
                break;
            }
        }
        if (targets.isEmpty() && object >= 0 && !entry.targets().isEmpty() && args.at(object).isEmpty()) {
            targets = args.below(object, 3);
        }
        if (targets.isEmpty() && !entry.targets().isEmpty()) {
            targets = conjunctObjects(p);
        }
        return new Roles(sources, targets);
    }

    /** "called on Russia": the parser may read the preposition as a particle and the actor as object. */
    private boolean hasParticle(int p, String word) {
        for (Dependency d : s.children(p)) {
            if (d.relation().equals("compound:prt") && s.tokens().get(d.dependent()).lemma().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPassive(int p) {
        for (Dependency d : s.children(p)) {
            if (d.relation().startsWith("nsubj:pass") || d.relation().equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }

    /** Subjects (active) or "by" agents (passive); clauses without one borrow their governor's. */
    List<ActorMention> verbSources(int p, int depth) {
        List<ActorMention> out = isPassive(p)
                ? args.children(p, d -> d.relation().equals("obl:agent") || d.relation().equals("obl:by"))
                : args.children(p, d -> d.base().equals("nsubj") && !d.relation().startsWith("nsubj:pass"));
        if (!out.isEmpty() || depth >= 3 || hasOwnSubject(p)) {
            return out;
        }
        for (Dependency d : s.parents(p)) {
            if (d.governor() >= 0 && (SUBJECT_CLIMB.contains(d.base()) || (d.base().equals("ccomp") && !hasAnySubject(p)))) {
                return verbSources(d.governor(), depth + 1);
            }
        }
        return out;
    }

    /** A nominal subject of the clause itself (not one inherited by control, not an adverb taken for one). */
    private boolean hasOwnSubject(int p) {
        for (Dependency d : s.children(p)) {
            boolean nominal = s.tokens().get(d.dependent()).isNoun() || s.tokens().get(d.dependent()).isPronoun();
            if ((d.base().equals("nsubj") && !d.relation().contains("xsubj") && nominal) || d.base().equals("expl")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAnySubject(int p) {
        for (Dependency d : s.children(p)) {
            if (d.base().equals("nsubj") || d.base().equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /** Direct objects of verbs conjoined with p ("congratulated him and expressed readiness"). */
    private List<ActorMention> conjunctObjects(int p) {
        for (Dependency d : s.parents(p)) {
            if (d.base().equals("conj") && d.governor() >= 0) {
                return args.children(d.governor(), x -> x.base().equals("obj") || x.base().equals("iobj"));
            }
        }
        for (Dependency d : s.children(p)) {
            if (d.base().equals("conj") && s.tokens().get(d.dependent()).isVerb()) {
                return args.children(d.dependent(), x -> x.base().equals("obj") || x.base().equals("iobj"));
            }
        }
        return List.of();
    }

    private Roles nounRoles(int n, LexiconEntry entry) {
        List<ActorMention> sources = args.children(n, d -> d.relation().equals("nmod:poss")
                || d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:by")
                || d.relation().equals("nmod:agent"));
        List<ActorMention> targets = new ArrayList<>();
        for (String slot : entry.targets()) {
            targets = args.slot(n, slot.equals("obj") ? "of" : slot);
            if (!targets.isEmpty()) {
                break;
            }
        }
        Dependency up = Modality.firstParent(s, n);
        if (up != null && up.governor() >= 0 && s.tokens().get(up.governor()).isVerb()) {
            int v = up.governor();
            if (sources.isEmpty() && (Set.of("obj", "obl").contains(up.base()) || up.relation().startsWith("nsubj:pass"))) {
                sources = verbSources(v, 0);
            }
            if (targets.isEmpty()) {
                for (String slot : entry.targets()) {
                    targets = slot.equals("obj") ? List.of() : args.slot(v, slot);
                    if (!targets.isEmpty()) {
                        break;
                    }
                }
            }
            if (targets.isEmpty() && up.base().equals("obl")) {
                targets = args.children(v, d -> d.base().equals("obj"));
            }
        }
        if (sources.isEmpty() && targets.size() >= 2 && entry.targets().contains("between")) {
            return new Roles(targets, List.of());
        }
        return new Roles(sources, targets);
    }

    /**
     * The actors of an event.
     *
     * @param sources who acts
     * @param targets who is acted upon; empty when none was found
     */
    public record Roles(List<ActorMention> sources, List<ActorMention> targets) {
        public Roles {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }
    }
}
