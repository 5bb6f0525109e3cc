// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSummaryTest {
    static MentionVote v(String code, String date, DateSource source, String article, String outlet) {
        return new MentionVote(code, date == null ? null : EventDate.parse(date), date == null ? null : source,
                article, outlet);
    }

    static MentionVote v(String code, String article) {
        return v(code, null, null, article, article);
    }

    @Test
    void counts_mentions_articles_and_outlets() {
        EventSummary s = EventSummary.of(List.of(v("040", "2019-06-28", DateSource.TEXT, "a", "AP"),
                v("040", "2019-06-28", DateSource.TEXT, "a", "AP"), v("040", "2019-06-28", DateSource.TEXT, "b", "AP"),
                v("040", "2019-06-28", DateSource.TEXT, "c", "c")));
        assertEquals(List.of(4, 3, 2), List.of(s.mentions(), s.articles(), s.outlets()));
    }

    @Test
    void the_longest_code_wins_then_the_most_frequent_then_the_smallest() {
        assertEquals("0421", EventSummary.of(List.of(v("04", "a"), v("0421", "b"), v("042", "c"))).cameo());
        assertEquals("046", EventSummary.of(List.of(v("040", "a"), v("046", "b"), v("046", "c"))).cameo());
        assertEquals("040", EventSummary.of(List.of(v("046", "a"), v("040", "b"))).cameo());
    }

    @Test
    void the_most_precise_date_wins_and_text_beats_the_publication_date() {
        EventSummary s = EventSummary.of(List.of(v("040", "2019", DateSource.TEXT, "a", "a"),
                v("040", "2019-06-29", DateSource.DOCUMENT, "b", "b"),
                v("040", "2019-06-29", DateSource.DOCUMENT, "c", "c"),
                v("040", "2019-06-28", DateSource.TEXT, "d", "d")));
        assertEquals(EventDate.parse("2019-06-28"), s.date());
        assertEquals(DateSource.TEXT, s.dateSource());
    }

    @Test
    void among_equally_precise_dates_the_most_frequent_then_the_earliest_wins() {
        assertEquals(EventDate.parse("2019-06-29"), EventSummary.of(List.of(v("040", "2019-06-28", DateSource.TEXT, "a", "a"),
                v("040", "2019-06-29", DateSource.TEXT, "b", "b"), v("040", "2019-06-29", DateSource.TEXT, "c", "c"))).date());
        assertEquals(EventDate.parse("2019-06-28"), EventSummary.of(List.of(v("040", "2019-06-29", DateSource.TEXT, "a", "a"),
                v("040", "2019-06-28", DateSource.TEXT, "b", "b"))).date());
    }

    @Test
    void an_event_without_dated_mentions_has_no_date() {
        assertNull(EventSummary.of(List.of(v("040", "a"))).date());
    }

    @Test
    void an_event_without_mentions_is_an_error() {
        assertThrows(IllegalArgumentException.class, () -> EventSummary.of(List.of()));
    }
}
