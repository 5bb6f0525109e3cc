// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import io.tacitus.api.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words of time expressions: months, weekdays, days, years and relative words. */
public final class TimeWords {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Set<String> BEFORE_MONTH = Set.of("in", "since", "until", "by", "during", "from", "through",
            "last", "next", "early", "late", "mid", "this", "of", "before", "after", "between", "and", "to", "till");

    private TimeWords() {
    }

    /** 1-12 when the token is a capitalised month name, else 0. */
    public static int month(Token t) {
        String w = t.word();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !t.tag().startsWith("NNP")) {
            return 0;
        }
        return MONTHS.getOrDefault(w.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    /** Whether a month name without day or year is used as a time ("in January", not "May" the modal). */
    public static boolean monthAlone(List<Token> t, int i) {
        return i > 0 && BEFORE_MONTH.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT));
    }

    /** A day of the month: 1-31, possibly "28th". */
    public static Integer day(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT).replaceAll("(st|nd|rd|th)$", "");
        if (!w.matches("\\d{1,2}")) {
            return null;
        }
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : null;
    }

    /** A year from 1900 to 2099 written as four digits. */
    public static Integer year(Token t) {
        String w = t.word();
        if (!w.matches("(19|20)\\d\\d") || !t.tag().equals("CD")) {
            return null;
        }
        return Integer.parseInt(w);
    }

    public static DayOfWeek weekday(Token t) {
        String w = t.word();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    /**
     * "three days earlier", "a day later", "two days after", "a week ago", "the following day": a shift from
     * another event (or, with "ago", from the publication date).
     */
    static TimeExpression shifted(Sentence s, int i, LocalDate ref) {
        List<Token> t = s.tokens();
        if (i + 2 >= t.size()) {
            return null;
        }
        String n = t.get(i).word().toLowerCase(Locale.ROOT);
        String next = t.get(i + 1).word().toLowerCase(Locale.ROOT);
        if (n.equals("the") && t.get(i + 2).word().equalsIgnoreCase("day")) { // "the following day"
            int shift = next.equals("following") || next.equals("next") ? 1 : next.equals("previous") ? -1 : 0;
            if (shift != 0) {
                return new TimeExpression(i, i + 3, i + 2, s.span(i, i + 3), EventDate.of(ref.plusDays(shift)), shift);
            }
        }
        Integer count = NUMBERS.get(n);
        if (count == null && n.matches("\\d{1,2}")) {
            count = Integer.parseInt(n);
        }
        String unit = t.get(i + 1).word().toLowerCase(Locale.ROOT);
        int days = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 0;
        String dir = t.get(i + 2).word().toLowerCase(Locale.ROOT);
        if (count == null || days == 0) {
            return null;
        }
        int shift = count * days;
        String text = s.span(i, i + 3);
        return switch (dir) {
            case "ago" -> new TimeExpression(i, i + 3, i + 1, text, EventDate.of(ref.minusDays(shift)));
            case "earlier", "before" -> new TimeExpression(i, i + 3, i + 1, text, EventDate.of(ref.minusDays(shift)), -shift);
            case "later" -> new TimeExpression(i, i + 3, i + 1, text, EventDate.of(ref.plusDays(shift)), shift);
            // "a day after Azerbaijani forces captured Shusha": that capture was a day before; "a day after the
            // agreement, fighting continued": the clause is a day after
            case "after" -> afterNoun(s, i + 2)
                    ? new TimeExpression(i, i + 2, i + 1, s.span(i, i + 2), EventDate.of(ref.plusDays(shift)), shift)
                    : new TimeExpression(i, i + 2, i + 1, s.span(i, i + 2), EventDate.of(ref.minusDays(shift)), -shift);
            default -> null;
        };
    }

    private static final Set<String> PARTS_OF_DAY = Set.of("day", "morning", "afternoon", "evening", "night");

    /** "earlier in the day", "later that day", "the same day", "that evening": the day of the story so far. */
    static TimeExpression sameDay(Sentence s, int i, LocalDate ref) {
        List<Token> t = s.tokens();
        String w = t.get(i).word().toLowerCase(Locale.ROOT);
        int end = -1;
        if ((w.equals("earlier") || w.equals("later")) && i + 3 < t.size() && t.get(i + 1).word().equalsIgnoreCase("in")
                && t.get(i + 2).word().equalsIgnoreCase("the") && PARTS_OF_DAY.contains(lower(t, i + 3))) {
            end = i + 4;
        } else if ((w.equals("earlier") || w.equals("later")) && i + 2 < t.size()
                && t.get(i + 1).word().equalsIgnoreCase("that") && PARTS_OF_DAY.contains(lower(t, i + 2))) {
            end = i + 3;
        } else if (w.equals("the") && i + 2 < t.size() && t.get(i + 1).word().equalsIgnoreCase("same")
                && PARTS_OF_DAY.contains(lower(t, i + 2))) {
            end = i + 3;
        } else if (w.equals("that") && i + 1 < t.size() && PARTS_OF_DAY.contains(lower(t, i + 1))
                && (i == 0 || !t.get(i - 1).word().equalsIgnoreCase("said"))) {
            end = i + 2;
        }
        return end < 0 ? null : TimeExpression.sameDay(i, end, end - 1, s.span(i, end), EventDate.of(ref));
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).word().toLowerCase(Locale.ROOT);
    }

    /** Whether "after" at the index introduces a noun phrase (case marker), not a clause (mark). */
    private static boolean afterNoun(Sentence s, int after) {
        for (var d : s.parents(after)) {
            // "a day after the agreement"; not "two days after a patrol shot", parsed as case(days, after)
            boolean subject = s.parents(d.governor()).stream().anyMatch(x -> x.base().equals("nsubj"));
            if (d.relation().equals("case") && d.governor() > after && !subject) {
                return true;
            }
        }
        return false;
    }

    /** "yesterday", "today", "last year", "earlier this month", "next year"... or null. */
    public static TimeExpression relative(Sentence s, int i, LocalDate ref) {
        List<Token> t = s.tokens();
        String w = t.get(i).word().toLowerCase(Locale.ROOT);
        switch (w) {
            case "yesterday":
                return new TimeExpression(i, i + 1, i, t.get(i).word(), EventDate.of(ref.minusDays(1)));
            case "today":
            case "tonight":
                return new TimeExpression(i, i + 1, i, t.get(i).word(), EventDate.of(ref));
            case "tomorrow":
                return new TimeExpression(i, i + 1, i, t.get(i).word(), EventDate.of(ref.plusDays(1)));
            default:
                break;
        }
        TimeExpression shifted = shifted(s, i, ref);
        if (shifted != null) {
            return shifted;
        }
        TimeExpression same = sameDay(s, i, ref);
        if (same != null) {
            return same;
        }
        if (i + 1 >= t.size() || !Set.of("last", "this", "next", "past").contains(w)) {
            return null;
        }
        String unit = t.get(i + 1).word().toLowerCase(Locale.ROOT);
        int offset = w.equals("last") || w.equals("past") ? -1 : w.equals("next") ? 1 : 0;
        int start = i > 0 && Set.of("earlier", "later").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT)) ? i - 1 : i;
        EventDate value;
        if (unit.equals("year")) {
            value = EventDate.ofYear(ref.getYear() + offset);
        } else if (unit.equals("month")) {
            LocalDate m = ref.plusMonths(offset);
            value = EventDate.ofMonth(m.getYear(), m.getMonthValue());
        } else if (unit.equals("night") && offset == -1) {
            value = EventDate.of(ref.minusDays(1));
        } else {
            return null;
        }
        return new TimeExpression(start, i + 2, i + 1, s.span(start, i + 2), value);
    }
}
