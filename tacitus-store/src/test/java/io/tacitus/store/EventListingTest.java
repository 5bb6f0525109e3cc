// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.EventDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventListingTest {
    static final StoredEvent MEETING = new StoredEvent(7, "RUSGOV", "Vladimir Putin", "USAGOV", "Donald Trump", true,
            "040", "Consult, \"briefly\"", "04", 1.0, 1, EventDate.parse("2019-06-28"), "Osaka", "JPN", 3, 3, 2);

    static String write(EventListing.Format format) {
        StringBuilder sb = new StringBuilder();
        EventListing.write(List.of(MEETING), format, sb);
        return sb.toString();
    }

    @Test
    void csv_has_a_header_and_quotes_what_needs_quoting() {
        String[] lines = write(EventListing.Format.CSV).split("\n");
        assertEquals(String.join(",", EventListing.COLUMNS), lines[0]);
        assertEquals("7,2019-06-28,RUSGOV,Vladimir Putin,USAGOV,Donald Trump,true,040,\"Consult, \"\"briefly\"\"\",04,"
                + "1.0,1,Osaka,JPN,3,3,2", lines[1]);
    }

    @Test
    void json_lines_hold_one_object_per_event() {
        String json = write(EventListing.Format.JSONL);
        assertTrue(json.startsWith("{\"event_id\":7,\"date\":\"2019-06-28\",\"source\":\"RUSGOV\""), json);
        assertTrue(json.endsWith("\"mentions\":3,\"articles\":3,\"outlets\":2}\n"), json);
    }

    @Test
    void the_table_shows_the_dyad_and_counts() {
        String[] lines = write(EventListing.Format.TABLE).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains("RUSGOV↔USAGOV") && lines[1].contains("Osaka"), lines[1]);
    }
}
