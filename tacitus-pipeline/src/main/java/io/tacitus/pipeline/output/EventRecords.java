// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline.output;

import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output schema of an event record (docs/SCHEMA.md), version {@value #SCHEMA_VERSION}: field names
 * and order are part of the contract with users, the store, the server and the Spark job.
 */
public final class EventRecords {
    /** Bumped on any incompatible change of the record; additions of fields keep it. */
    public static final int SCHEMA_VERSION = 1;

    /** Flat column names, for CSV and tables. */
    public static final List<String> COLUMNS = List.of("event_id", "doc_id", "sentence", "date", "date_source",
            "source_code", "source_country", "source_role", "source_name", "source_text",
            "target_code", "target_country", "target_role", "target_name", "target_text",
            "cameo", "cameo_name", "root", "goldstein", "quad_class", "plover",
            "location_name", "location_country", "location_lat", "location_lon",
            "trigger", "rule", "lexicon_version", "actors_version", "sentence_text");

    private EventRecords() {
    }

    /** The nested record written as one JSON line. */
    public static Map<String, Object> nested(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", e.id());
        m.put("doc_id", e.provenance().docId());
        m.put("sentence", e.provenance().sentence());
        m.put("sentence_text", e.provenance().sentenceText());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("date_source", e.dateSource() == null ? null : e.dateSource().label());
        m.put("source", actor(e.source()));
        m.put("target", e.target() == null ? null : actor(e.target()));
        m.put("cameo", e.type().code().value());
        m.put("cameo_name", e.type().name());
        m.put("root", e.type().code().root());
        m.put("goldstein", e.type().goldstein());
        m.put("quad_class", e.type().quadClass());
        m.put("plover", e.type().plover());
        m.put("location", location(e.location()));
        m.put("trigger", e.provenance().trigger());
        m.put("rule", e.provenance().rule());
        m.put("lexicon_version", e.provenance().lexiconVersion());
        m.put("actors_version", e.provenance().actorsVersion());
        m.put("schema_version", SCHEMA_VERSION);
        return m;
    }

    /** The flat record, one value per {@link #COLUMNS} entry. */
    public static List<Object> flat(Event e) {
        EventActor s = e.source();
        EventActor t = e.target();
        Location l = e.location();
        return java.util.Arrays.asList(e.id(), e.provenance().docId(), e.provenance().sentence(),
                e.date() == null ? null : e.date().toString(), e.dateSource() == null ? null : e.dateSource().label(),
                s.code().value(), s.code().country(), s.code().role(), s.name(), s.text(),
                t == null ? null : t.code().value(), t == null ? null : t.code().country(),
                t == null ? null : t.code().role(), t == null ? null : t.name(), t == null ? null : t.text(),
                e.type().code().value(), e.type().name(), e.type().code().root(), e.type().goldstein(),
                e.type().quadClass(), e.type().plover(),
                l == null ? null : l.name(), l == null ? null : l.country(), l == null ? null : l.lat(),
                l == null ? null : l.lon(), e.provenance().trigger(), e.provenance().rule(),
                e.provenance().lexiconVersion(), e.provenance().actorsVersion(), e.provenance().sentenceText());
    }

    private static Map<String, Object> actor(EventActor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code().value());
        m.put("country", a.code().country());
        m.put("role", a.code().role());
        m.put("name", a.name());
        m.put("text", a.text());
        m.put("entity", a.entityId());
        return m;
    }

    private static Map<String, Object> location(Location l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", l.name());
        m.put("country", l.country());
        m.put("lat", l.lat());
        m.put("lon", l.lon());
        m.put("text", l.text());
        return m;
    }
}
