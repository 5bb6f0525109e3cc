// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.ActorCode;
import io.tacitus.api.CameoCode;
import io.tacitus.api.DateSource;
import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.EventDate;
import io.tacitus.api.EventType;
import io.tacitus.api.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DedupKeyTest {
    static Event event(String source, String target, String code, String date) {
        return new Event("id", actor(source), target == null ? null : actor(target),
                new EventType(new CameoCode(code), "name", 0, 1, null), date == null ? null : EventDate.parse(date),
                date == null ? null : DateSource.TEXT, null, new Provenance("doc", 0, "s", "t", "r", "l", "a"));
    }

    static EventActor actor(String code) {
        ActorCode c = code.startsWith("IGO") ? new ActorCode(null, code)
                : new ActorCode(code.substring(0, 3), code.length() > 3 ? code.substring(3) : null);
        return new EventActor(c, null, "e", "t");
    }

    @ParameterizedTest(name = "{0} {1}->{2}")
    @CsvSource({"040, USAGOV, RUSGOV", "046, USAGOV, RUSGOV", "04, USA, RUS", "057, CHNGOV, USAGOV"})
    void symmetric_codes_give_one_key_for_both_directions(String code, String a, String b) {
        DedupKey ab = DedupKey.of(event(a, b, code, "2019-06-28"));
        DedupKey ba = DedupKey.of(event(b, a, code, "2019-06-28"));
        assertEquals(ab.value(), ba.value());
        assertTrue(ab.symmetric());
        assertTrue(ab.swapped() != ba.swapped());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"112", "190", "050", "0571", "120"})
    void other_codes_keep_their_direction(String code) {
        assertNotEquals(DedupKey.of(event("USAGOV", "RUSGOV", code, "2019-06-28")).value(),
                DedupKey.of(event("RUSGOV", "USAGOV", code, "2019-06-28")).value());
    }

    @Test
    void the_key_holds_the_root_so_codes_of_one_root_share_it() {
        assertEquals(DedupKey.of(event("USAGOV", "RUSGOV", "040", "2019-06-28")).value(),
                DedupKey.of(event("USAGOV", "RUSGOV", "046", "2019-07-01")).value());
        assertEquals("S|RUSGOV|USAGOV|04|2019", DedupKey.of(event("USAGOV", "RUSGOV", "042", "2019")).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2019-06-28, S|A|B|2019", "2019, S|A|B|2019", "2019-12, S|A|B|2019", "2019-12-31, S|A|B|2019 S|A|B|2020",
        "2020-01-01, S|A|B|2020 S|A|B|2019"})
    void a_key_searches_its_year_and_the_adjacent_one_a_day_away(String date, String searches) {
        DedupKey k = DedupKey.of(event("USAGOV", "RUSGOV", "112", date));
        assertEquals(List.of(searches.replace("A|B", "USAGOV|RUSGOV|11").split(" ")), k.searches());
    }

    @Test
    void signing_an_agreement_has_a_class_of_its_own() {
        assertNotEquals(DedupKey.of(event("USAGOV", "RUSGOV", "057", "2019-06-28")).value(),
                DedupKey.of(event("USAGOV", "RUSGOV", "050", "2019-06-28")).value());
    }

    @ParameterizedTest(name = "{0}->{1} on {2}")
    @CsvSource({"RUSGOV, , 2019-06-28", "IGOUNO, RUSGOV, 2019-06-28", "USAGOV, IGOUNO, 2019-06-28", "USAGOV, RUSGOV, "})
    void mentions_without_target_country_or_date_need_identical_keys(String source, String target, String date) {
        DedupKey k = DedupKey.of(event(source, target, "120", date));
        assertFalse(k.strict());
        assertEquals("identical", k.rule());
        assertEquals(k.value(), DedupKey.of(event(source, target, "120", date)).value());
        assertNotEquals(k.value(), DedupKey.of(event(source, target, "120", date == null ? "2019" : "2019-06-29")).value());
        assertNotEquals(k.value(), DedupKey.of(event(source, target, "12", date)).value());
    }
}
