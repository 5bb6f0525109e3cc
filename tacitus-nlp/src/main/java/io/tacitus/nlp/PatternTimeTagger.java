// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp;

import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import io.tacitus.api.TimeTagger;
import io.tacitus.api.Token;
import io.tacitus.nlp.internal.Tense;
import io.tacitus.nlp.internal.TimeWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the time expressions news uses for events, on tokens, about a thousand times cheaper than SUTime:
 * "June 28, 2019", "28 June", "June 28", "November 2018", "in January", "2014", "on Sunday", "yesterday",
 * "last month", "earlier this year". Expressions without a year are resolved against the reference date
 * and the tense of the clause: a past-tense "in July" in a June article is last July; "takes office in
 * January" in November is next January. Stateless and thread-safe.
 */
public final class PatternTimeTagger implements TimeTagger {
    @Override
    public List<TimeExpression> tag(Sentence s, LocalDate reference) {
        List<TimeExpression> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); ) {
            TimeExpression e = at(s, i, reference);
            if (e != null) {
                out.add(e);
                i = e.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private TimeExpression at(Sentence s, int i, LocalDate ref) {
        List<Token> t = s.tokens();
        int month = TimeWords.month(t.get(i));
        if (month > 0) {
            return monthExpression(s, i, month, ref);
        }
        Integer day = TimeWords.day(t.get(i));
        if (day != null && i + 1 < t.size() && TimeWords.month(t.get(i + 1)) > 0) {
            int m = TimeWords.month(t.get(i + 1));
            Integer year = i + 2 < t.size() ? TimeWords.year(t.get(i + 2)) : null;
            int end = year != null ? i + 3 : i + 2;
            return dayExpression(s, i, end, i + 1, year, m, day, ref);
        }
        Integer year = TimeWords.year(t.get(i));
        if (year != null) {
            return new TimeExpression(i, i + 1, i, t.get(i).word(), EventDate.ofYear(year));
        }
        DayOfWeek dow = TimeWords.weekday(t.get(i));
        if (dow != null && ref != null) {
            boolean last = i > 0 && t.get(i - 1).lemma().equalsIgnoreCase("last"); // "last Wednesday's abrogation"
            boolean future = !last && ((i > 0 && t.get(i - 1).lemma().equals("next")) || Tense.future(s, i));
            LocalDate d = future ? ref.with(TemporalAdjusters.next(dow))
                    : last ? ref.with(TemporalAdjusters.previous(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow));
            return new TimeExpression(i, i + 1, i, t.get(i).word(), EventDate.of(d));
        }
        return ref == null ? null : TimeWords.relative(s, i, ref);
    }

    private TimeExpression monthExpression(Sentence s, int i, int month, LocalDate ref) {
        List<Token> t = s.tokens();
        Integer day = i + 1 < t.size() ? TimeWords.day(t.get(i + 1)) : null;
        if (day != null) {
            int j = i + 2;
            if (j < t.size() && t.get(j).word().equals(",")) {
                j++;
            }
            Integer year = j < t.size() ? TimeWords.year(t.get(j)) : null;
            return dayExpression(s, i, year != null ? j + 1 : i + 2, i, year, month, day, ref);
        }
        Integer year = i + 1 < t.size() ? TimeWords.year(t.get(i + 1)) : null;
        if (year != null) {
            return new TimeExpression(i, i + 2, i, s.span(i, i + 2), EventDate.ofMonth(year, month));
        }
        if (ref == null || !TimeWords.monthAlone(t, i)) {
            return null;
        }
        int y = ref.getYear();
        boolean past = !Tense.future(s, i);
        if (past && month > ref.getMonthValue()) {
            y--;
        } else if (!past && month < ref.getMonthValue()) {
            y++;
        }
        return new TimeExpression(i, i + 1, i, t.get(i).word(), EventDate.ofMonth(y, month));
    }

    private TimeExpression dayExpression(Sentence s, int start, int end, int head, Integer year, int month, int day,
                                         LocalDate ref) {
        int y;
        if (year != null) {
            y = year;
        } else if (ref != null) {
            y = ref.getYear();
            LocalDate candidate = safe(y, month, day);
            boolean past = !Tense.future(s, head);
            if (candidate != null && past && candidate.isAfter(ref)) {
                y--;
            } else if (candidate != null && !past && candidate.isBefore(ref.minusDays(7))) {
                y++;
            }
        } else {
            return null;
        }
        LocalDate d = safe(y, month, day);
        return d == null ? null : new TimeExpression(start, end, head, s.span(start, end), EventDate.of(d));
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
