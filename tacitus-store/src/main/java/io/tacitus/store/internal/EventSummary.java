// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an event's mentions vote: the counts, the most specific code (longest, ties by the most frequent,
 * then the smallest) and the most precise date (ties: from the text rather than the publication date, then
 * the most frequent, then the earliest).
 *
 * @param mentions   mentions
 * @param articles   distinct articles
 * @param outlets    distinct outlets
 * @param cameo      the winning code
 * @param date       the winning date, or null
 * @param dateSource where the winning date came from (text if any mention read it in the text), or null
 */
public record EventSummary(int mentions, int articles, int outlets, String cameo, EventDate date,
                           DateSource dateSource) {
    public EventSummary {
        Objects.requireNonNull(cameo, "cameo");
    }

    public static EventSummary of(List<MentionVote> votes) {
        if (votes.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
        MentionVote dated = bestDate(votes);
        EventDate date = dated == null ? null : dated.date();
        return new EventSummary(votes.size(), distinct(votes, MentionVote::articleId),
                distinct(votes, MentionVote::outletKey), bestCode(votes), date,
                date == null ? null : dateSource(votes, date));
    }

    private static String bestCode(List<MentionVote> votes) {
        Map<String, Integer> freq = frequencies(votes, MentionVote::cameo);
        return freq.keySet().stream().max(Comparator.<String>comparingInt(String::length)
                .thenComparingInt(freq::get).thenComparing(Comparator.reverseOrder())).orElseThrow();
    }

    private static MentionVote bestDate(List<MentionVote> votes) {
        List<MentionVote> dated = votes.stream().filter(m -> m.date() != null).toList();
        Map<EventDate, Integer> freq = frequencies(dated, MentionVote::date);
        Comparator<MentionVote> order = Comparator.<MentionVote, EventDate.Precision>comparing(m -> m.date().precision())
                .thenComparing(m -> m.dateSource() == DateSource.TEXT)
                .thenComparingInt(m -> freq.get(m.date()))
                .thenComparing(MentionVote::date, Comparator.reverseOrder());
        return dated.stream().max(order).orElse(null);
    }

    private static DateSource dateSource(List<MentionVote> votes, EventDate date) {
        boolean text = votes.stream().anyMatch(m -> date.equals(m.date()) && m.dateSource() == DateSource.TEXT);
        return text ? DateSource.TEXT : DateSource.DOCUMENT;
    }

    private static <K> Map<K, Integer> frequencies(List<MentionVote> votes, Function<MentionVote, K> key) {
        Map<K, Integer> freq = new HashMap<>();
        votes.forEach(m -> freq.merge(key.apply(m), 1, Integer::sum));
        return freq;
    }

    private static <K> int distinct(List<MentionVote> votes, Function<MentionVote, K> key) {
        HashSet<K> seen = new HashSet<>();
        votes.forEach(m -> seen.add(key.apply(m)));
        return seen.size();
    }
}
