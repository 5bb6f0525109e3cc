// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom a denial or rejection answers when it hangs on the charge it answers: "Washington has voiced concern that
 * Beijing is building a naval base, a charge both Phnom Penh and Beijing deny" answers the United States, the
 * subject of the clause the charge sums up. Stateless.
 */
final class Rebuttals {
    private static final Set<String> CHARGES = Set.of("charge", "claim", "accusation", "allegation", "assertion",
            "suggestion", "contention");

    private Rebuttals() {
    }

    /** Who made the charge the denying verb hangs on, or empty. */
    static List<ActorMention> chargers(Sentence s, SourceFinder finder, int verb) {
        for (Dependency d : s.parents(verb)) {
            int charge = d.governor();
            boolean hung = charge >= 0 && (d.base().equals("acl") || d.base().equals("dep"))
                    && CHARGES.contains(s.tokens().get(charge).lemma().toLowerCase(Locale.ROOT));
            if (hung) {
                int top = charge;
                for (int up = 0; up < 8; up++) {
                    List<Dependency> parents = s.parents(top);
                    if (parents.isEmpty() || parents.get(0).governor() < 0) {
                        break;
                    }
                    top = parents.get(0).governor();
                }
                return top == charge ? List.of() : finder.verbSources(top, 0);
            }
        }
        return List.of();
    }
}
