// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Repairs a subordinate clause read as a prepositional phrase: in "the summit ended ... after Brazil, Argentina,
 * Uruguay and Paraguay blocked a US-backed call" CoreNLP may build {@code obl:after(ended, Brazil)} and leave
 * "blocked" as a {@code dep} with no subject. When a finite verb hangs by {@code dep} on a verb that has such a
 * phrase ("after", "before", "since", "until", "once") whose nouns end right before it, the nouns become the
 * verb's subjects, the phrase's word its marker, and the verb a clause of that kind
 * ({@code advcl:after(ended, blocked)}).
 */
public final class SubordinateSubjects {
    private static final Set<String> CONJUNCTIONS = Set.of("after", "before", "since", "until", "once");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private SubordinateSubjects() {
    }

    /** The dependencies with each such clause mended; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency dep : deps) {
            int v = dep.dependent();
            if (!dep.relation().equals("dep") || dep.governor() < 0 || !FINITE.contains(tokens.get(v).tag()) || hasSubject(out, v)) {
                continue;
            }
            Set<Integer> nouns = new HashSet<>();
            String marker = null;
            for (Dependency d : out) {
                boolean phrase = d.governor() == dep.governor() && d.base().equals("obl") && CONJUNCTIONS.contains(d.marker());
                if (phrase && d.dependent() < v) {
                    nouns.add(d.dependent());
                    marker = d.marker();
                }
            }
            int last = nouns.stream().mapToInt(Integer::intValue).max().orElse(-1);
            if (marker != null && last == v - 1) {
                out = rehang(out, dep, nouns, marker);
            }
        }
        return out;
    }

    private static boolean hasSubject(List<Dependency> deps, int v) {
        return deps.stream().anyMatch(d -> d.governor() == v && d.base().startsWith("nsubj"));
    }

    private static List<Dependency> rehang(List<Dependency> deps, Dependency dep, Set<Integer> nouns, String marker) {
        List<Dependency> out = new ArrayList<>(deps.size());
        int v = dep.dependent();
        for (Dependency d : deps) {
            if (d.equals(dep)) {
                out.add(new Dependency("advcl:" + marker, d.governor(), v));
            } else if (d.governor() == dep.governor() && d.base().equals("obl") && marker.equals(d.marker())
                    && nouns.contains(d.dependent())) {
                out.add(new Dependency("nsubj", v, d.dependent()));
            } else if (nouns.contains(d.governor()) && d.relation().equals("case")) {
                out.add(new Dependency("mark", v, d.dependent()));
            } else {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }
}
