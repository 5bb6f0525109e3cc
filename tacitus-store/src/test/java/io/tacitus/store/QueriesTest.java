// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static io.tacitus.store.Fixtures.article;
import static io.tacitus.store.Fixtures.at;
import static io.tacitus.store.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.EventDate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query API on a small store: seven events between the USA, Russia, Ukraine and China. */
class QueriesTest {
    @TempDir
    static Path dir;
    static EventStore store;

    @BeforeAll
    static void fill() {
        store = DuckDbEventStore.open(dir.resolve("q.duckdb"));
        store.store(article("a", "AP", List.of(at(event("a", 0, "USAGOV", "RUSGOV", "040", "2019-06-28"), "Osaka", "JPN"),
                event("a", 1, "USA", "RUS", "112", "2016-11-20"), event("a", 2, "RUS", "UKR", "192", "2014"))));
        store.store(article("b", "RT", List.of(event("b", 0, "RUSGOV", "USAGOV", "040", "2019-06-28"),
                event("b", 1, "RUS", "USA", "112", "2016-11-21"), event("b", 2, "USAGOV", "CHNGOV", "042", "2018-05-03"),
                event("b", 3, "RUSMIL", "USAMIL", "190", "2018-11"), event("b", 4, "USA", "RUS", "120", "2017"))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> codes(List<StoredEvent> events) {
        return events.stream().map(e -> e.dyad() + " " + e.cameo()).toList();
    }

    @Test
    void events_come_in_date_order_with_their_counts() {
        List<StoredEvent> all = store.events(EventQuery.all(100));
        assertEquals(List.of("RUS→UKR 192", "USA→RUS 112", "RUS→USA 112", "USA→RUS 120", "CHNGOV↔USAGOV 042",
                "RUSMIL→USAMIL 190", "RUSGOV↔USAGOV 040"), codes(all));
        assertEquals(2, all.get(6).mentions());
        assertEquals(2, store.events(EventQuery.all(2)).size());
    }

    @Test
    void a_country_matches_every_code_of_that_country_and_a_full_code_only_itself() {
        ActorFilter usa = ActorFilter.parse("usa");
        assertEquals(List.of("USA→RUS 112", "USA→RUS 120", "CHNGOV↔USAGOV 042", "RUSGOV↔USAGOV 040"),
                codes(store.events(EventQuery.all(100).withActors(usa, null))));
        assertEquals(List.of("RUSGOV↔USAGOV 040"),
                codes(store.events(EventQuery.all(100).withActors(ActorFilter.parse("USAGOV"), ActorFilter.parse("RUS")))));
        assertEquals(List.of("RUSMIL→USAMIL 190"),
                codes(store.events(EventQuery.all(100).withActors(null, ActorFilter.parse("USAMIL")))));
    }

    @Test
    void root_dates_and_place_filter_events() {
        assertEquals(List.of("RUS→UKR 192", "RUSMIL→USAMIL 190"), codes(store.events(EventQuery.all(100).withRoot("19"))));
        assertEquals(List.of("USA→RUS 120", "CHNGOV↔USAGOV 042", "RUSMIL→USAMIL 190"), codes(store.events(
                EventQuery.all(100).withDates(EventDate.parse("2017"), EventDate.parse("2018-12")))));
        assertEquals(List.of("RUSGOV↔USAGOV 040"), codes(store.events(EventQuery.all(100).withPlace("osaka"))));
        assertEquals(List.of("RUSGOV↔USAGOV 040"), codes(store.events(EventQuery.all(100).withPlace("jpn"))));
    }

    @Test
    void a_dyad_by_month_puts_year_only_events_on_a_line_of_their_own() {
        List<DyadPeriod> periods = store.dyad(new DyadQuery(ActorFilter.parse("USA"), ActorFilter.parse("RUS"),
                Period.MONTH, false, 3));
        assertEquals(List.of("2016-11", "2017 (year only)", "2018-11", "2019-06"),
                periods.stream().map(DyadPeriod::label).toList());
        DyadPeriod nov = periods.get(0);
        assertEquals(List.of(2, 0, 0, 2, 0), List.of(nov.events(), nov.verbalCooperation(), nov.materialCooperation(),
                nov.verbalConflict(), nov.materialConflict()));
        assertEquals(-2.0, nov.meanGoldstein(), 1e-9);
        assertTrue(periods.get(1).coarse());
        assertEquals(2, periods.get(3).top().get(0).mentions());
    }

    @Test
    void a_directed_dyad_keeps_one_direction_and_the_symmetric_events() {
        List<DyadPeriod> periods = store.dyad(new DyadQuery(ActorFilter.parse("USA"), ActorFilter.parse("RUS"),
                Period.YEAR, true, 1));
        assertEquals(List.of("2016", "2017", "2019"), periods.stream().map(DyadPeriod::label).toList());
        assertEquals(1, periods.get(0).events());
        assertEquals(List.of("2019-Q2"), store.dyad(new DyadQuery(ActorFilter.parse("RUSGOV"),
                ActorFilter.parse("USAGOV"), Period.QUARTER, true, 1)).stream().map(DyadPeriod::label).toList());
    }

    @Test
    void top_actors_rank_actors_and_dyads_by_events() {
        TopActors top = store.topActors(3);
        assertEquals(List.of("RUS", "USA", "USAGOV"), top.actors().stream().map(ActorActivity::label).toList());
        assertEquals(List.of(4L, 3L, 2L), top.actors().stream().map(ActorActivity::events).toList());
        assertEquals(List.of("RUS–USA", "RUSGOV–USAGOV"), top.dyads().stream().limit(2).map(ActorActivity::label).toList());
    }
}
