// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.Dependency;
import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import java.time.LocalDate;
import java.util.function.IntPredicate;

/**
 * The date of an event: the time expression attached to its predicate ("on Sunday", "the June 28
 * meeting", "Russia's 2014 annexation"), else the one of the clause it depends on ("... after Russia
 * seized ...", a noun's governing verb), else the publication date. Stateless.
 */
public final class EventDating {
    private EventDating() {
    }

    /**
     * The dated result.
     *
     * @param date   the date, or null
     * @param source where it came from, or null
     */
    public record Dated(EventDate date, DateSource source) {
    }

    public static Dated date(Sentence s, int p, IntPredicate isPredicate, LocalDate published) {
        EventDate own = attached(s, p, isPredicate, 0);
        if (own != null) {
            return new Dated(own, DateSource.TEXT);
        }
        return published == null ? new Dated(null, null) : new Dated(EventDate.of(published), DateSource.DOCUMENT);
    }

    private static EventDate attached(Sentence s, int p, IntPredicate isPredicate, int depth) {
        for (TimeExpression t : s.times()) {
            if (attachesTo(s, t.head(), p, isPredicate)) {
                return t.value();
            }
        }
        if (depth >= 3) {
            return null;
        }
        boolean verb = s.tokens().get(p).isVerb();
        for (Dependency d : s.parents(p)) {
            if (d.governor() < 0) {
                continue;
            }
            boolean governorIsVerb = s.tokens().get(d.governor()).isVerb();
            // "... in November 2018 after Russia seized": a clause inherits a past governor's date;
            // "is set to expire in August after the US accused": not a future one's
            boolean clause = verb && (d.base().equals("advcl") || d.base().equals("conj")) && Tenses.past(s, d.governor());
            boolean nounInClause = !verb && governorIsVerb && !d.base().equals("conj") && !d.base().equals("nsubj");
            if (clause || nounInClause) {
                EventDate up = attached(s, d.governor(), isPredicate, depth + 1);
                if (up != null) {
                    return up;
                }
            }
        }
        return null;
    }

    /** Climbs from the time expression's head to the first predicate above it. */
    private static boolean attachesTo(Sentence s, int head, int p, IntPredicate isPredicate) {
        int node = head;
        for (int hops = 0; hops < 6; hops++) {
            Dependency up = Modality.firstParent(s, node);
            if (up == null || up.governor() < 0) {
                return false;
            }
            node = up.governor();
            if (node == p) {
                return true;
            }
            if (isPredicate.test(node)) {
                return false;
            }
        }
        return false;
    }
}
