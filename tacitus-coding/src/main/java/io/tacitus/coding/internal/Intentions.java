// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.EventType;
import io.tacitus.coding.CameoOntology;
import io.tacitus.coding.LexiconEntry;
import java.util.Map;
import java.util.Optional;

/**
 * An announced act is coded as the announcement CAMEO has for it: "Japan said it would provide aid to
 * Indonesia" is an intent to provide aid (033), "would impose sanctions" a threat of sanctions (1312),
 * "vowed to strike back" a threat of force (138). Acts with no such code (statements, appeals, demands,
 * accusations, rejections, threats, protests) are not coded when only announced. Immutable.
 */
public final class Intentions {
    private static final Map<String, String> BY_CODE = Map.of("0841", "0353", "085", "0354", "087", "0356",
            "163", "1312", "161", "1313", "164", "134", "166", "136", "192", "1382", "191", "1381");
    private static final Map<String, String> BY_ROOT = Map.ofEntries(Map.entry("04", "036"), Map.entry("05", "032"),
            Map.entry("06", "031"), Map.entry("07", "033"), Map.entry("08", "035"), Map.entry("15", "130"),
            Map.entry("16", "131"), Map.entry("17", "130"), Map.entry("18", "138"), Map.entry("19", "138"),
            Map.entry("20", "138"));
    private final CameoOntology ontology;

    public Intentions(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The entry recoded as its announcement, or empty when an announcement of it is not coded. */
    public Optional<LexiconEntry> announced(LexiconEntry e) {
        String code = e.type().code().value();
        String intent = null;
        for (int len = code.length(); len >= 3 && intent == null; len--) {
            intent = BY_CODE.get(code.substring(0, len));
        }
        if (intent == null) {
            intent = BY_ROOT.get(e.type().code().root());
        }
        if (intent == null) {
            return Optional.empty();
        }
        Optional<EventType> type = ontology.type(intent);
        return type.map(t -> e.recoded(t, "+intent"));
    }
}
