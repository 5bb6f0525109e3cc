// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateMatchTest {
    @ParameterizedTest(name = "{0} vs {1}, tolerance {2}: {3}")
    @CsvSource({
        "2019-06-28, 2019-06-28, 0, true",
        "2019-06-28, 2019-06-29, 0, false",
        "2019-06-28, 2019-06-29, 1, true",
        "2019-06-30, 2019-07-01, 1, true",
        "2019-06-28, 2019-06-30, 1, false",
        "2019-06-28, 2019-07-28, 1, false",
        "2019-06, 2019-06-28, 0, true",
        "2019-06, 2019-07-01, 1, false",
        "2019, 2019-06-28, 0, true",
        "2019, 2019-06, 0, true",
        "2018, 2019-01-01, 1, false",
        "2018-12, 2019, 0, false"})
    void dates_match_within_their_precision(String a, String b, int tolerance, boolean expected) {
        assertEquals(expected, DateMatch.matches(EventDate.parse(a), EventDate.parse(b), tolerance));
        assertEquals(expected, DateMatch.matches(EventDate.parse(b), EventDate.parse(a), tolerance));
    }

    @Test
    void a_day_of_slack_across_articles_or_for_publication_dates_only() {
        assertEquals(0, DateMatch.tolerance(true, DateSource.TEXT, DateSource.TEXT));
        assertEquals(1, DateMatch.tolerance(false, DateSource.TEXT, DateSource.TEXT));
        assertEquals(1, DateMatch.tolerance(true, DateSource.DOCUMENT, DateSource.TEXT));
        assertEquals(1, DateMatch.tolerance(true, DateSource.TEXT, DateSource.DOCUMENT));
    }
}
