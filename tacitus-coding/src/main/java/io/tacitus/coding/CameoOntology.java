// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding;

import io.tacitus.api.CameoCode;
import io.tacitus.api.EventType;
import io.tacitus.api.knowledge.KnowledgeException;
import io.tacitus.api.knowledge.TabularFile;
import io.tacitus.api.knowledge.TabularFile.Row;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event ontology: every code with its name, Goldstein score, GDELT quad class and PLOVER
 * event type, from {@code cameo.tsv} (built by scripts/ontology/build-cameo.py). Immutable, thread-safe.
 */
public final class CameoOntology {
    private final Map<String, EventType> types;

    private CameoOntology(Map<String, EventType> types) {
        this.types = Map.copyOf(types);
    }

    public static CameoOntology bundled() {
        Map<String, EventType> types = new LinkedHashMap<>();
        for (Row r : TabularFile.resource(CameoOntology.class, "cameo.tsv", 5)) {
            try {
                CameoCode code = new CameoCode(r.get(0));
                types.put(code.value(), new EventType(code, r.get(1), Double.parseDouble(r.get(2)),
                        Integer.parseInt(r.get(3)), r.get(4)));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return new CameoOntology(types);
    }

    public Optional<EventType> type(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** The type of a code that must exist (lexicon codes are checked at load time). */
    public EventType require(String code, String where) {
        EventType t = types.get(code);
        if (t == null) {
            throw new KnowledgeException(where, 0, "unknown CAMEO code " + code);
        }
        return t;
    }

    public Collection<EventType> all() {
        return types.values();
    }
}
