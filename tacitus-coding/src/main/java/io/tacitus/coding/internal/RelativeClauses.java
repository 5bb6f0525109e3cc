// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A clause the parser hangs on a relative time word: in "ordered troops to the border on Friday, two days after a
 * patrol shot dead a boy" CoreNLP may build {@code dep(days, shot)}, so the shooting hangs on "two days" instead
 * of "after". Its date is the day of the clause "two days" belongs to, shifted by it: the Wednesday before. Also
 * which times are deadlines, dating no event. Stateless.
 */
final class RelativeClauses {
    private RelativeClauses() {
    }

    /** A time given as a deadline ("until Saturday afternoon", "by Monday"), which dates no event. */
    static boolean deadline(Sentence s, TimeExpression t) {
        return t.start() > 0 && Set.of("until", "till", "by").contains(s.tokens().get(t.start() - 1).word().toLowerCase());
    }

    /**
     * The date of a predicate hung on a relative time expression, or null.
     *
     * @param dayOf the day, if any, named for a predicate's own clause ({@code EventDating}'s attached day)
     */
    static EventDate date(Sentence s, int p, BiFunction<Sentence, Integer, TimeExpression> dayOf) {
        for (Dependency d : s.parents(p)) {
            if (d.governor() < 0 || !(d.base().equals("dep") || d.base().equals("acl") || d.base().equals("advcl"))) {
                continue;
            }
            for (TimeExpression t : s.times()) {
                if (!t.relative() || t.shiftDays() == 0 || !t.covers(d.governor())) {
                    continue;
                }
                Dependency up = Modality.firstParent(s, t.head());
                TimeExpression main = up == null || up.governor() < 0 ? null : dayOf.apply(s, up.governor());
                if (main != null && !main.relative() && main.value().precision() == EventDate.Precision.DAY) {
                    return EventDate.of(main.value().start().plusDays(t.shiftDays()));
                }
            }
        }
        return null;
    }
}
