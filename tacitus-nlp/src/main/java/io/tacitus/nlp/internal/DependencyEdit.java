// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import java.util.ArrayList;
import java.util.List;

/** One arc of a parse put in place of another, the shared last step of the parse repairs that re-hang one arc. */
final class DependencyEdit {
    private DependencyEdit() {
    }

    /** The dependencies with {@code old} replaced by {@code replacement}, in the same order. */
    static List<Dependency> replaced(List<Dependency> deps, Dependency old, Dependency replacement) {
        List<Dependency> out = new ArrayList<>(deps.size());
        for (Dependency d : deps) {
            out.add(d.equals(old) ? replacement : d);
        }
        return List.copyOf(out);
    }
}
