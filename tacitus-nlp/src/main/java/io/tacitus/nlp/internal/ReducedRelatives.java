// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs a reduced passive relative read as the main clause: in "Rebels backed by Rwanda seized Goma" CoreNLP
 * often makes "backed" the root with "Rebels" as its active subject and leaves "seized" hanging as a "dep".
 * A past participle with a "by" phrase, a plain subject and no auxiliary or object is a passive: the subject
 * becomes the participle's noun (acl), and the verb left hanging after it, if any, becomes the clause's head.
 */
public final class ReducedRelatives {
    private static final Set<String> HANGING = Set.of("dep", "parataxis", "ccomp");

    private ReducedRelatives() {
    }

    /** The dependencies with each such participle repaired; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (int v = 0; v < tokens.size(); v++) {
            // "The Treaty ..., signed at ... by ...," is often tagged VBD after the comma
            boolean participle = tokens.get(v).tag().equals("VBN")
                    || (tokens.get(v).tag().equals("VBD") && v > 0 && tokens.get(v - 1).word().equals(","));
            // "Two American journalists sentenced to 12 years in North Korea were flying home": a past participle
            // at the root with a subject and no auxiliary is a passive too, "by" phrase or not
            boolean bareRoot = tokens.get(v).tag().equals("VBN") && isRoot(out, v);
            if (participle && reducedPassive(out, v, bareRoot)) {
                out = rehang(tokens, out, v);
            }
            if (tokens.get(v).tag().matches("VB[ND]")) { // also after rehang, which leaves it a passive clause
                out = clausalSubject(out, v);
            }
        }
        return out;
    }

    /**
     * "Kenyan troops backed by tanks pushed into Somalia", read as a passive clause ("troops [were] backed") that
     * is the subject of "pushed": the participle's passive subject becomes the main verb's subject and the
     * participle its noun's modifier (acl). Only without an auxiliary, and with the "by" phrase of a passive.
     */
    private static List<Dependency> clausalSubject(List<Dependency> deps, int v) {
        if (hasAux(deps, v)) {
            return deps;
        }
        int main = -1;
        int noun = -1;
        boolean agent = false;
        for (Dependency d : deps) {
            if (d.dependent() == v && d.relation().equals("csubj")) {
                main = d.governor();
            }
            if (d.governor() == v) {
                noun = d.relation().equals("nsubj:pass") && d.dependent() < v ? d.dependent() : noun;
                agent |= d.relation().equals("obl:by") || d.relation().equals("obl:agent");
            }
        }
        if (main <= v || noun < 0 || !agent) {
            return deps;
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : deps) {
            if (d.dependent() == v && d.governor() == main) {
                out.add(new Dependency("nsubj", main, noun));
            } else if (d.governor() == v && d.dependent() == noun) {
                out.add(new Dependency("acl", noun, v));
            } else {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isRoot(List<Dependency> deps, int v) {
        return deps.stream().anyMatch(d -> d.dependent() == v && d.governor() < 0);
    }

    private static boolean reducedPassive(List<Dependency> deps, int v, boolean bareRoot) {
        boolean subject = false;
        boolean agent = false;
        for (Dependency d : deps) {
            if (d.governor() != v) {
                continue;
            }
            String base = d.base();
            if (base.equals("aux") || base.equals("obj") || base.equals("cop") || d.relation().startsWith("nsubj:")) {
                return false;
            }
            subject |= d.relation().equals("nsubj") && d.dependent() < v;
            agent |= d.relation().equals("obl:by") || d.relation().equals("obl:agent");
        }
        return subject && (agent || bareRoot);
    }

    private static List<Dependency> rehang(List<Token> tokens, List<Dependency> deps, int v) {
        int noun = -1;
        int main = -1;
        for (Dependency d : deps) {
            if (d.governor() == v && d.relation().equals("nsubj")) {
                noun = d.dependent();
            }
            boolean verb = d.dependent() > v && (tokens.get(d.dependent()).tag().matches("VB[DZP]")
                    || hasAux(deps, d.dependent())); // "..., would have brought Manila $203 million"
            boolean hanging = d.governor() == v || d.base().equals("acl") && isChild(deps, v, d.governor()); // "for six months landed"
            if (hanging && (HANGING.contains(d.base()) || d.base().equals("acl") && d.governor() != v) && verb && main < 0
                    && !hasSubject(deps, d.dependent())) {
                main = d.dependent();
            }
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : deps) {
            if (d.governor() == v && d.dependent() == noun) {
                out.add(main >= 0 ? new Dependency("acl", noun, v) : new Dependency("nsubj:pass", v, noun));
                if (main >= 0) {
                    out.add(new Dependency("nsubj", main, noun));
                }
            } else if (main >= 0 && d.dependent() == main && (d.governor() == v || d.base().equals("acl"))) {
                continue; // the hanging verb is the head now
            } else if (main >= 0 && d.dependent() == v && !d.base().equals("acl")) {
                out.add(new Dependency(d.relation(), d.governor(), main)); // "root(ROOT, backed)" becomes "root(ROOT, seized)"
            } else if (main >= 0 && d.governor() == v && (d.base().equals("punct") && d.dependent() > main
                    || d.base().equals("mark") && d.dependent() < noun)) { // "after soldiers backed by ... poured"
                out.add(new Dependency(d.relation(), main, d.dependent()));
            } else {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    private static boolean hasAux(List<Dependency> deps, int verb) {
        return deps.stream().anyMatch(d -> d.governor() == verb && d.base().equals("aux"));
    }

    private static boolean isChild(List<Dependency> deps, int parent, int child) {
        return deps.stream().anyMatch(d -> d.governor() == parent && d.dependent() == child && d.base().equals("obl")
                && !d.relation().equals("obl:by") && !d.relation().equals("obl:agent")); // "a warplane killed" is the agent's
    }

    private static boolean hasSubject(List<Dependency> deps, int verb) {
        return deps.stream().anyMatch(d -> d.governor() == verb && d.base().equals("nsubj"));
    }
}
