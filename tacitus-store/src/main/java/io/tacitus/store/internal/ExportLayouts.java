// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

import io.tacitus.store.ExportFormat;
import io.tacitus.store.ExportSubject;

/** The SELECT behind each export: column names and order are part of the contract (docs/STORE.md). */
final class ExportLayouts {
    private static final String EVENTS = "SELECT event_id, event_date AS date, date_precision, date_start, "
            + "date_end, date_source, source_code, source_country, source_role, source_name, target_code, "
            + "target_country, target_role, target_name, undirected, cameo, cameo_name, root, goldstein, quad_class, "
            + "plover, place_name, place_country, lat, lon, mentions, articles, outlets, first_seen, last_seen, "
            + "dedup_key FROM events ORDER BY event_id";

    private static final String MENTIONS = "SELECT m.mention_id, m.event_id, m.article_id, a.outlet, a.url, "
            + "a.published, m.sentence, s.text AS sentence_text, m.coder_event_id, m.event_date AS date, "
            + "m.date_source, m.source_code, m.source_name, m.source_entity, m.source_text, m.target_code, "
            + "m.target_name, m.target_entity, m.target_text, m.cameo, m.cameo_name, m.goldstein, m.quad_class, "
            + "m.plover, m.place_name, m.place_country, m.lat, m.lon, m.place_text, m.trigger, m.rule, "
            + "m.lexicon_version, m.actors_version FROM mentions m "
            + "JOIN articles a ON a.article_id = m.article_id "
            + "JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence ORDER BY m.mention_id";

    /** Per event: the article and sentence of its first mention, and whether any mention opens an article. */
    private static final String FIRST = "WITH f AS (SELECT event_id, arg_min(article_id, mention_id) AS article_id, "
            + "arg_min(sentence, mention_id) AS sentence, max(CASE WHEN sentence = 0 THEN 1 ELSE 0 END) AS lead "
            + "FROM mentions GROUP BY event_id) ";

    private static final String FROM_FIRST = " FROM events e LEFT JOIN f ON f.event_id = e.event_id "
            + "LEFT JOIN articles a ON a.article_id = f.article_id ORDER BY e.event_id";

    private static final String ICEWS = FIRST + "SELECT e.event_id AS \"Event ID\", "
            + "strftime(e.date_start, '%Y-%m-%d') AS \"Event Date\", "
            + "coalesce(e.source_name, e.source_code) AS \"Source Name\", e.source_role AS \"Source Sectors\", "
            + "e.source_country AS \"Source Country\", e.cameo_name AS \"Event Text\", e.cameo AS \"CAMEO Code\", "
            + "e.goldstein AS \"Intensity\", coalesce(e.target_name, e.target_code) AS \"Target Name\", "
            + "e.target_role AS \"Target Sectors\", e.target_country AS \"Target Country\", "
            + "f.article_id AS \"Story ID\", f.sentence AS \"Sentence Number\", a.outlet AS \"Publisher\", "
            + "e.place_name AS \"City\", NULL AS \"District\", NULL AS \"Province\", e.place_country AS \"Country\", "
            + "e.lat AS \"Latitude\", e.lon AS \"Longitude\"" + FROM_FIRST;

    private static final String GDELT = FIRST + "SELECT e.event_id AS GLOBALEVENTID, "
            + "CAST(strftime(e.date_start, '%Y%m%d') AS INTEGER) AS SQLDATE, "
            + "CAST(strftime(e.date_start, '%Y%m') AS INTEGER) AS MonthYear, year(e.date_start) AS \"Year\", "
            + "round(year(e.date_start) + (dayofyear(e.date_start) - 1) / 365.0, 4) AS FractionDate, "
            + "e.source_code AS Actor1Code, e.source_name AS Actor1Name, e.source_country AS Actor1CountryCode, "
            + "e.source_role AS Actor1Type1Code, e.target_code AS Actor2Code, e.target_name AS Actor2Name, "
            + "e.target_country AS Actor2CountryCode, e.target_role AS Actor2Type1Code, "
            + "coalesce(f.lead, 0) AS IsRootEvent, e.cameo AS EventCode, substr(e.cameo, 1, 3) AS EventBaseCode, "
            + "e.root AS EventRootCode, e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale, "
            + "e.mentions AS NumMentions, e.outlets AS NumSources, e.articles AS NumArticles, 0 AS AvgTone, "
            + "e.place_name AS ActionGeo_FullName, e.place_country AS ActionGeo_CountryCode, "
            + "e.lat AS ActionGeo_Lat, e.lon AS ActionGeo_Long, "
            + "CAST(strftime(e.first_seen, '%Y%m%d') AS INTEGER) AS DATEADDED, "
            + "coalesce(a.url, a.article_id) AS SOURCEURL" + FROM_FIRST;

    private ExportLayouts() {
    }

    static String select(ExportSubject what, ExportFormat format) {
        return switch (format) {
            case CSV, JSONL, PARQUET -> what == ExportSubject.EVENTS ? EVENTS : MENTIONS;
            case ICEWS -> eventsOnly(what, format, ICEWS);
            case GDELT -> eventsOnly(what, format, GDELT);
        };
    }

    private static String eventsOnly(ExportSubject what, ExportFormat format, String select) {
        if (what != ExportSubject.EVENTS) {
            throw new IllegalArgumentException("the " + format.name().toLowerCase() + " layout is for events only");
        }
        return select;
    }
}
