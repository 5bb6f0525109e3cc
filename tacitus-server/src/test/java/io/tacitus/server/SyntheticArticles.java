// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.tacitus.api.ActorCode;
import io.tacitus.api.Article;
import io.tacitus.api.CameoCode;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.DateSource;
import io.tacitus.api.Event;
import io.tacitus.api.EventActor;
import io.tacitus.api.EventDate;
import io.tacitus.api.EventType;
import io.tacitus.api.Location;
import io.tacitus.api.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Coded articles built from the api records, without NLP: a small known store for the API tests. */
final class SyntheticArticles {
    /** Markup in an article's text, title and sentence: it must come back as data and never run. */
    static final String HOSTILE = "<script>document.body.dataset.pwned='1'</script><img src=x onerror=\"alert(1)\">";
    static final String HOSTILE_ID = "hostile";

    private SyntheticArticles() {
    }

    /**
     * Four articles: the Osaka meeting told by AP and by RT (one event, two mentions), an older USA → RUS
     * sanction and the 2014 RUS → UKR occupation, a hostile article, and one with many statements for paging.
     */
    static List<CodedArticle> all() {
        return List.of(
                article("ap-osaka", "AP", "Trump meets Putin", "Trump met Putin in Osaka on June 28.", List.of(
                        at(event("ap-osaka", 0, "Trump met Putin in Osaka on June 28.", "USAGOV", "Trump", "RUSGOV",
                                "Putin", type("040", "Consult", 1.0, 1), "2019-06-28", "met"), "Osaka", "JPN", 34.69, 135.50),
                        event("ap-osaka", 1, "The US sanctioned Russia in 2016.", "USA", "The US", "RUS", "Russia",
                                type("163", "Impose embargo, boycott, or sanctions", -6.5, 4), "2016-11", "sanctioned"))),
                article("rt-osaka", "RT", "Putin and Trump talk", "Putin negotiated with Trump on June 28.", List.of(
                        event("rt-osaka", 0, "Putin negotiated with Trump on June 28.", "RUSGOV", "Putin", "USAGOV",
                                "Trump", type("046", "Engage in negotiation", 7.0, 1), "2019-06-28", "negotiated"),
                        event("rt-osaka", 1, "Russia occupied Crimea in 2014.", "RUS", "Russia", "UKR", "Crimea",
                                type("192", "Occupy territory", -9.5, 4), "2014", "occupied"))),
                article(HOSTILE_ID, "Evil Times", HOSTILE, HOSTILE + " Trump rejected Putin in July 2018.", List.of(
                        event(HOSTILE_ID, 0, HOSTILE + " Trump rejected Putin in July 2018.", "USAGOV", "Trump",
                                "RUSGOV", "Putin", type("120", "Reject", -4.0, 3), "2018-07", "rejected"))),
                statements());
    }

    /** Twelve statements by France on twelve days, for paging. */
    private static CodedArticle statements() {
        List<Event> events = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            String s = "France said something on March " + day + ".";
            events.add(event("statements", day - 1, s, "FRA", "France", null, null,
                    type("010", "Make statement", 0.0, 1), "2017-03-" + (day < 10 ? "0" + day : day), "said"));
        }
        return article("statements", "AFP", "Statements", "France said things.", events);
    }

    private static CodedArticle article(String id, String outlet, String title, String text, List<Event> events) {
        return new CodedArticle(new Article(id, text, LocalDate.of(2019, 6, 29), title, "https://example.org/" + id,
                outlet), events.size() + 1, events, List.of());
    }

    private static EventType type(String code, String name, double goldstein, int quad) {
        return new EventType(new CameoCode(code), name, goldstein, quad, null);
    }

    private static Event event(String doc, int sentence, String text, String source, String sourceText, String target,
                               String targetText, EventType type, String date, String trigger) {
        Provenance p = new Provenance(doc, sentence, text, trigger, "rule-" + type.code(), "lex-1", "act-1");
        return new Event(doc + "#" + sentence, actor(source, sourceText), target == null ? null : actor(target, targetText),
                type, EventDate.parse(date), DateSource.TEXT, null, p);
    }

    private static Event at(Event e, String place, String country, double lat, double lon) {
        return new Event(e.id(), e.source(), e.target(), e.type(), e.date(), e.dateSource(),
                new Location(place, country, lat, lon, "in " + place), e.provenance());
    }

    private static EventActor actor(String code, String text) {
        ActorCode c = new ActorCode(code.substring(0, 3), code.length() > 3 ? code.substring(3) : null);
        return new EventActor(c, null, "entity:" + code, text);
    }
}
