// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitus.api.ActorCode;
import io.tacitus.api.CameoCode;
import io.tacitus.api.DateSource;
import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.EventDate;
import io.tacitus.api.EventType;
import io.tacitus.api.Provenance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring rules of eval/README.md, on hand-made events. */
class ScorerTest {
    private static Event event(String src, String tgt, String code, String date) {
        EventType type = new EventType(new CameoCode(code), "x", 0, 1, null);
        return new Event(src + tgt + code, new EventActor(new ActorCode(src, null), null, "e:" + src, src),
                tgt == null ? null : new EventActor(new ActorCode(tgt, null), null, "e:" + tgt, tgt), type,
                date == null ? null : EventDate.parse(date), date == null ? null : DateSource.TEXT,
                null, new Provenance("d", 0, "s", "t", "r", "l", "a"));
    }

    private static GoldDocument doc(List<GoldEvent> gold, List<GoldEvent> forbid) {
        return new GoldDocument("d", "f", gold, forbid);
    }

    @Test
    void symmetric_gold_matches_either_direction_and_dates_by_prefix() {
        GoldDocument d = doc(List.of(new GoldEvent("USA", "RUS", List.of("04"), "2019-06", false, true)), List.of());
        EvalReport r = new Scorer().score(List.of(d), Map.of("d", List.of(event("RUS", "USA", "040", "2019-06-28"))));
        assertEquals(1, r.truePositives());
        assertEquals(0, r.falsePositives());
        assertEquals(1.0, r.dateAccuracy());
    }

    @Test
    void optional_gold_is_neither_rewarded_nor_punished() {
        GoldDocument d = doc(List.of(new GoldEvent("RUS", "SYR", List.of("05"), null, true, false)), List.of());
        EvalReport r = new Scorer().score(List.of(d), Map.of("d", List.of(event("RUS", "SYR", "050", null))));
        assertEquals(0, r.truePositives());
        assertEquals(0, r.falsePositives());
        assertEquals(0, r.misses());
    }

    @Test
    void forbidden_triples_count_as_false_positives_and_forbidden() {
        GoldDocument d = doc(List.of(), List.of(new GoldEvent("USA", "JPN", List.of("04"), null, false, false)));
        EvalReport r = new Scorer().score(List.of(d), Map.of("d", List.of(event("USA", "JPN", "042", null),
                event("USA", "JPN", "043", null), event("USA", null, "010", null))));
        assertEquals(1, r.falsePositives());
        assertEquals(1, r.forbidden());
    }

    @Test
    void missed_gold_lowers_recall() {
        GoldDocument d = doc(List.of(new GoldEvent("USA", "RUS", List.of("16"), null, false, false)), List.of());
        EvalReport r = new Scorer().score(List.of(d), Map.of());
        assertEquals(1, r.misses());
        assertEquals(0.0, r.recall());
    }
}
