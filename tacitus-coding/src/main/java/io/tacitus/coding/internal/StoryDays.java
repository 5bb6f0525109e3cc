// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import java.time.LocalDate;
import java.util.Set;

/**
 * The days a document has named so far, close before its publication: the last one (the narrative date,
 * which a past-tense event without a date of its own inherits: "The June 28 meeting ... Trump then told
 * Putin ...") and the latest one (what a relative date counts from when its clause has none). One instance
 * per document; not thread-safe.
 */
final class StoryDays {
    private static final int WINDOW_DAYS = 7;
    private static final Set<String> SETTINGS = Set.of("during", "at", "in", "on");
    private final LocalDate published;
    private EventDate narrative;
    private EventDate named;
    private LocalDate latest;

    StoryDays(LocalDate published) {
        this.published = published;
    }

    /** Reads the days of a sentence already coded. */
    void read(Sentence s) {
        for (TimeExpression t : s.times()) {
            EventDate d = t.value();
            boolean recent = recent(d);
            if (recent && !asideNoun(s, t)) {
                narrative = d;
                // "two days after a drone strike killed ...": a day told before the sentence's own is not "the same day"
                boolean before = t.relative() && t.end() < s.tokens().size() && s.tokens().get(t.end()).word().equalsIgnoreCase("after");
                named = before ? named : d;
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

    /** The day last named close before publication (the narrative date), or null: what "that day" means. */
    LocalDate lastNamed() {
        return named == null ? null : named.start();
    }

    /**
     * The narrative date for a simple-past event that has only the publication date; a day named earlier in
     * its own sentence counts ("Putin, who met Trump on Monday, said the two leaders had agreed").
     */
    EventDating.Dated narrate(Sentence s, int p, EventDating.Dated dated) {
        EventDate day = narrative;
        for (TimeExpression t : s.times()) {
            if (t.end() <= p && !t.relative() && recent(t.value()) && !asideNoun(s, t)) {
                day = t.value();
            }
        }
        if (day == null || dated.source() != DateSource.DOCUMENT || !Tenses.past(s, p)) {
            return dated;
        }
        return new EventDating.Dated(day, DateSource.TEXT);
    }

    /**
     * A day in front of a noun that is not what the sentence is about: "retaliation for Saturday's blast" moves
     * no story on, "The June 28 meeting got off to a bumpy start" does.
     */
    private static boolean asideNoun(Sentence s, TimeExpression t) {
        if (t.start() > 0 && SETTINGS.contains(s.tokens().get(t.start() - 1).word().toLowerCase())) {
            return false; // "On Friday Greek Prime Minister ...", misparsed as a compound of "Minister"
        }
        for (int noun : EventDating.frontedWords(s, t)) {
            if (s.tokens().get(noun).isNoun() && !EventDating.TIME_NOUNS.contains(s.tokens().get(noun).lemma().toLowerCase())) {
                // what the sentence is about, or its setting ("came during Saturday's closing session")
                return s.parents(noun).stream().noneMatch(x -> (x.base().equals("nsubj")
                        && x.governor() >= 0 && s.parents(x.governor()).stream().anyMatch(r -> r.governor() < 0))
                        || SETTINGS.contains(x.marker()));
            }
        }
        return false;
    }

    private boolean recent(EventDate d) {
        return published != null && d.precision() == EventDate.Precision.DAY
                && !d.start().isAfter(published) && !d.start().isBefore(published.minusDays(WINDOW_DAYS));
    }
}
