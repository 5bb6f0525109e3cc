// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import java.time.LocalDate;

/**
 * The days a document has named so far, close before its publication: the last one (the narrative date,
 * which a past-tense event without a date of its own inherits: "The June 28 meeting ... Trump then told
 * Putin ...") and the latest one (what a relative date counts from when its clause has none). One instance
 * per document; not thread-safe.
 */
final class StoryDays {
    private static final int WINDOW_DAYS = 7;
    private final LocalDate published;
    private EventDate narrative;
    private LocalDate latest;

    StoryDays(LocalDate published) {
        this.published = published;
    }

    /** Reads the days of a sentence already coded. */
    void read(Sentence s) {
        for (TimeExpression t : s.times()) {
            EventDate d = t.value();
            boolean recent = recent(d);
            if (recent) {
                narrative = d;
            }
            if (recent && !t.relative() && (latest == null || d.start().isAfter(latest))) {
                // the latest day of the story: "Trump called off the meeting on Thursday, citing the seizure on
                // Sunday. A day earlier, Poroshenko had urged Germany ...": Wednesday
                latest = d.start();
            }
        }
    }

    /**
     * The latest day named in the text close before publication, or null: what a relative date counts from
     * when its clause has no date.
     */
    LocalDate latest() {
        return latest;
    }

    /**
     * The narrative date for a simple-past event that has only the publication date; a day named earlier in
     * its own sentence counts ("Putin, who met Trump on Monday, said the two leaders had agreed").
     */
    EventDating.Dated narrate(Sentence s, int p, EventDating.Dated dated) {
        EventDate day = narrative;
        for (TimeExpression t : s.times()) {
            if (t.end() <= p && !t.relative() && recent(t.value())) {
                day = t.value();
            }
        }
        if (day == null || dated.source() != DateSource.DOCUMENT || !Tenses.past(s, p)) {
            return dated;
        }
        return new EventDating.Dated(day, DateSource.TEXT);
    }

    private boolean recent(EventDate d) {
        return published != null && d.precision() == EventDate.Precision.DAY
                && !d.start().isAfter(published) && !d.start().isBefore(published.minusDays(WINDOW_DAYS));
    }
}
