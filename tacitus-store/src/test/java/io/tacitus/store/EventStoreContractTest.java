// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static io.tacitus.store.Fixtures.article;
import static io.tacitus.store.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.DateSource;
import io.tacitus.api.EventDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link EventStore} must do: idempotent ingest and the deduplication rule of docs/STORE.md. */
abstract class EventStoreContractTest {
    @TempDir
    Path dir;
    EventStore store;

    protected abstract EventStore open(Path db);

    @BeforeEach
    void openStore() {
        store = open(dir.resolve("store.duckdb"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    List<StoredEvent> all() {
        return store.events(EventQuery.all(1000));
    }

    @Test
    void three_outlets_paraphrasing_one_meeting_make_one_event_with_three_mentions() {
        store.store(article("ap-1", "AP", List.of(event("ap-1", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"))));
        store.store(article("rt-1", "RT", List.of(event("rt-1", 2, "RUSGOV", "USAGOV", "046", "2019-06-28"))));
        store.store(article("ft-1", "FT", List.of(
                event("ft-1", 1, "USAGOV", "RUSGOV", "040", "2019-06-29", DateSource.DOCUMENT))));
        List<StoredEvent> events = all();
        assertEquals(1, events.size(), events.toString());
        StoredEvent e = events.get(0);
        assertEquals(List.of(3, 3, 3), List.of(e.mentions(), e.articles(), e.outlets()));
        assertEquals(EventDate.parse("2019-06-28"), e.date());
        assertEquals("040", e.cameo(), "same length: the most frequent code wins");
        assertTrue(e.symmetric());
        assertEquals("RUSGOV", e.sourceCode(), "symmetric events keep their actors in code order");
        assertEquals("Donald Trump", e.targetName());
    }

    @Test
    void every_mention_keeps_its_provenance_and_direction() {
        store.store(article("ap-1", "AP", List.of(event("ap-1", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"))));
        store.store(article("rt-1", "RT", List.of(event("rt-1", 2, "RUSGOV", "USAGOV", "046", "2019-06-28"))));
        List<StoredMention> mentions = store.mentions(all().get(0).id());
        assertEquals(2, mentions.size());
        StoredMention rt = mentions.get(1);
        assertEquals(List.of("rt-1", "RT", "RUSGOV", "USAGOV", "046", "trigger-046", "rule-046", "lex-1", "act-1"),
                List.of(rt.articleId(), rt.outlet(), rt.sourceCode(), rt.targetCode(), rt.cameo(), rt.trigger(),
                        rt.rule(), rt.lexiconVersion(), rt.actorsVersion()));
        assertEquals(2, rt.sentence());
        assertTrue(rt.sentenceText().contains("rt-1"));
        assertEquals("the RUSGOV", rt.sourceText());
    }

    @Test
    void two_meetings_of_the_same_leaders_a_month_apart_stay_two_events() {
        store.store(article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"))));
        store.store(article("b", "AP", List.of(event("b", 0, "RUSGOV", "USAGOV", "040", "2019-07-28"))));
        assertEquals(2, all().size());
    }

    @Test
    void storing_an_article_again_changes_nothing() {
        var a = article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"),
                event("a", 1, "RUS", "UKR", "192", "2014")));
        assertTrue(store.store(a).stored());
        StoreCounts before = store.counts();
        List<StoredEvent> events = all();
        assertEquals(StoreResult.Outcome.DUPLICATE_ID, store.store(a).outcome());
        var sameText = article("copy-of-a", "Other", a.article().text(), a.events());
        assertEquals(StoreResult.Outcome.DUPLICATE_TEXT, store.store(sameText).outcome());
        assertEquals(before, store.counts());
        assertEquals(events, all());
    }

    @Test
    void counts_stay_current_as_articles_arrive() {
        for (int i = 1; i <= 3; i++) {
            String id = "art-" + i;
            store.store(article(id, i == 3 ? "AP" : null, List.of(event(id, 0, "USAGOV", "RUSGOV", "040", "2019-06-28"),
                    event(id, 4, "RUSGOV", "USAGOV", "040", "2019-06-28"))));
            StoredEvent e = all().get(0);
            assertEquals(List.of(2 * i, i, i), List.of(e.mentions(), e.articles(), e.outlets()),
                    "an article without outlet counts as its own outlet");
        }
    }

    @Test
    void the_same_article_on_two_different_days_speaks_of_two_happenings() {
        store.store(article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"),
                event("a", 3, "USAGOV", "RUSGOV", "040", "2019-06-29"))));
        assertEquals(2, all().size());
    }

    @Test
    void different_articles_a_day_apart_report_one_happening() {
        store.store(article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "112", "2019-06-28"))));
        store.store(article("b", "RT", List.of(event("b", 0, "USAGOV", "RUSGOV", "112", "2019-06-29"))));
        store.store(article("c", "FT", List.of(event("c", 0, "USAGOV", "RUSGOV", "112", "2019-07-01"))));
        assertEquals(List.of(2, 1), all().stream().map(StoredEvent::mentions).toList());
    }

    @Test
    void directed_events_in_opposite_directions_stay_apart() {
        store.store(article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "112", "2019-06-28"),
                event("a", 1, "RUSGOV", "USAGOV", "112", "2019-06-28"))));
        assertEquals(Set.of("USAGOV→RUSGOV", "RUSGOV→USAGOV"),
                all().stream().map(StoredEvent::dyad).collect(Collectors.toSet()));
    }

    @Test
    void signing_an_agreement_is_symmetric_but_does_not_join_other_cooperation() {
        store.store(article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "057", "2019-06-28"),
                event("a", 1, "RUSGOV", "USAGOV", "057", "2019-06-28"),
                event("a", 2, "USAGOV", "RUSGOV", "050", "2019-06-28"))));
        assertEquals(List.of(2, 1), all().stream().map(StoredEvent::mentions).sorted((x, y) -> y - x).toList());
    }

    @Test
    void the_most_specific_code_and_date_win() {
        store.store(article("a", "AP", List.of(event("a", 0, "USAGOV", "RUSGOV", "04", "2019-06"))));
        store.store(article("b", "RT", List.of(event("b", 0, "USAGOV", "RUSGOV", "042", "2019-06-28"))));
        store.store(article("c", "FT", List.of(event("c", 0, "RUSGOV", "USAGOV", "04", "2019"))));
        StoredEvent e = all().get(0);
        assertEquals(1, all().size());
        assertEquals("042", e.cameo());
        assertEquals("Make a visit", e.cameoName());
        assertEquals(EventDate.parse("2019-06-28"), e.date());
    }

    @Test
    void events_without_target_or_country_merge_only_with_identical_keys() {
        store.store(article("a", "AP", List.of(event("a", 0, "RUSGOV", null, "120", "2019-06-28"),
                event("a", 1, "GOV", "RUSGOV", "120", "2019-06-28"))));
        store.store(article("b", "RT", List.of(event("b", 0, "RUSGOV", null, "120", "2019-06-28"),
                event("b", 1, "RUSGOV", null, "120", "2019-06-29"),
                event("b", 2, "GOV", "RUSGOV", "120", "2019-06-28"))));
        List<StoredEvent> events = all();
        assertEquals(3, events.size(), events.toString());
        StoredEvent noTarget = events.stream().filter(e -> e.targetCode() == null && e.date().day() == 28)
                .findFirst().orElseThrow();
        assertEquals(2, noTarget.articles());
        assertNull(noTarget.targetName());
        assertFalse(noTarget.symmetric());
    }
}
