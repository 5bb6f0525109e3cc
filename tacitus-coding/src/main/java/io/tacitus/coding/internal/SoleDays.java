// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The day a sentence names, for an event whose own words carry no time ({@link EventDating}): "India and Britain
 * recalled their ambassadors from Kathmandu for consultations on Monday, two weeks after ...". Stateless.
 */
final class SoleDays {
    private SoleDays() {
    }

    /**
     * The sentence's only absolute time expression, when it names a day up to the publication date and nothing else in
     * the sentence names a time but relative ones ("a day after ..."): the parser often hangs it on a word below the
     * event's verb ("lifted its objections to Finland joining NATO on Tuesday"), yet a sentence that names one day
     * tells what happened that day.
     */
    static TimeExpression of(Sentence s, int p, IntPredicate isPredicate, LocalDate published) {
        // a time in front of a noun ("this month's election") dates that noun, not the sentence
        // and "a day after ..." dates another event: "recalled its ambassador for consultations on Wednesday, a day after"
        List<TimeExpression> free = s.times().stream().filter(x -> !nounModifier(s, x) && !x.relative()).toList();
        if (free.size() != 1 || published == null) {
            return null;
        }
        TimeExpression t = free.get(0);
        boolean day = !t.relative() && t.value().precision() == EventDate.Precision.DAY;
        boolean next = t.start() > p && t.start() - p <= 3 && s.tokens().subList(p + 1, t.start()).stream()
                .allMatch(x -> RIGHT_AFTER.contains(x.word().toLowerCase())); // "threatened on Wednesday to take", misparsed
        return day && !t.value().start().isAfter(published) && (next || !inOtherClause(s, t.head(), p))
                && !datesOtherEvent(s, t, p, isPredicate) ? t : null;
    }

    private static final Set<String> RIGHT_AFTER = Set.of("on", "late", "early", "last", "this");

    private static boolean nounModifier(Sentence s, TimeExpression t) {
        return t.value().precision() != EventDate.Precision.DAY
                && EventDating.frontedWords(s, t).stream().anyMatch(n -> s.tokens().get(n).isNoun());
    }

    /** "retaliation for Saturday's blast", "the Saturday blast": a day in front of an event noun dates that noun only. */
    private static boolean datesOtherEvent(Sentence s, TimeExpression t, int p, IntPredicate isPredicate) {
        // not "the November 16 blasts, which killed": the event's own noun; but "Saturday's blast, which he
        // blamed on Kyiv" is another event, told of the blast
        return EventDating.frontedWords(s, t).stream().anyMatch(n -> isPredicate.test(n) && !(dominates(s, n, p) && !toldOf(s, n, p)));
    }

    /** A relative clause on the noun with a subject of its own: "the blast, which he blamed on Kyiv". */
    private static boolean toldOf(Sentence s, int noun, int p) {
        boolean relative = s.parents(p).stream().anyMatch(d -> d.relation().equals("acl:relcl") && d.governor() == noun);
        return relative && s.children(p).stream().anyMatch(d -> d.base().equals("nsubj") && d.dependent() != noun);
    }

    private static final Set<String> SUBCLAUSES = Set.of("acl", "advcl", "ccomp", "csubj", "parataxis");

    /**
     * Whether a word sits in a finite relative, adverbial or complement clause (one with a subject or auxiliary of
     * its own) that does not hold the predicate at p; a gerund or infinitive ("barred them from entering on Monday")
     * shares its verb's time.
     */
    private static boolean inOtherClause(Sentence s, int word, int p) {
        int node = word;
        for (int hops = 0; hops < 30; hops++) {
            Dependency up = Modality.firstParent(s, node);
            if (up == null || up.governor() < 0) {
                return false;
            }
            boolean finite = s.children(up.dependent()).stream().anyMatch(c -> c.base().equals("nsubj") || c.base().equals("aux"))
                    || s.parents(up.dependent()).stream().anyMatch(c -> c.relation().equals("acl:relcl"));
            if (SUBCLAUSES.contains(up.base()) && finite && !dominates(s, up.dependent(), p)) {
                return true; // "the strike that killed Soleimani on January 3": not when Iran fired
            }
            node = up.governor();
        }
        return false;
    }

    private static boolean dominates(Sentence s, int top, int node) {
        for (int hops = 0; hops < 30 && node >= 0; hops++) {
            if (node == top) {
                return true;
            }
            Dependency up = Modality.firstParent(s, node);
            node = up == null ? -1 : up.governor();
        }
        return false;
    }
}
