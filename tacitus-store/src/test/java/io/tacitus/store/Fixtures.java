// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

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
import java.util.List;
import java.util.Map;

/** Synthetic events and coded articles built from the api records, without any NLP. */
final class Fixtures {
    private static final Map<String, EventType> TYPES = Map.of(
            "04", type("04", "Consult", 1.0, 1),
            "040", type("040", "Consult", 1.0, 1),
            "042", type("042", "Make a visit", 1.9, 1),
            "046", type("046", "Engage in negotiation", 7.0, 1),
            "057", type("057", "Sign formal agreement", 8.0, 2),
            "050", type("050", "Engage in diplomatic cooperation", 3.5, 2),
            "112", type("112", "Accuse", -2.0, 3),
            "120", type("120", "Reject", -4.0, 3),
            "192", type("192", "Occupy territory", -9.5, 4),
            "190", type("190", "Use conventional military force", -10.0, 4));

    private Fixtures() {
    }

    /** An event; {@code date} like "2019-06-28", "2019-06" or "2019", or null. */
    static Event event(String doc, int sentence, String source, String target, String code, String date,
                       DateSource dateSource) {
        EventType type = TYPES.get(code);
        String text = source + " " + type.name() + " " + (target == null ? "" : target) + " (" + doc + ")";
        Provenance p = new Provenance(doc, sentence, text, "trigger-" + code, "rule-" + code, "lex-1", "act-1");
        EventDate d = date == null ? null : EventDate.parse(date);
        return new Event(doc + "#" + sentence + "#" + code, actor(source), target == null ? null : actor(target), type,
                d, d == null ? null : dateSource, null, p);
    }

    /** An event dated by a time expression in the text. */
    static Event event(String doc, int sentence, String source, String target, String code, String date) {
        return event(doc, sentence, source, target, code, date, DateSource.TEXT);
    }

    static Event at(Event e, String place, String country) {
        return new Event(e.id(), e.source(), e.target(), e.type(), e.date(), e.dateSource(),
                new Location(place, country, 34.7, 135.5, "in " + place), e.provenance());
    }

    static CodedArticle article(String id, String outlet, List<Event> events) {
        return article(id, outlet, "Text of " + id, events);
    }

    static CodedArticle article(String id, String outlet, String text, List<Event> events) {
        Article a = new Article(id, text, LocalDate.of(2019, 6, 29), "Title " + id, null, outlet);
        return new CodedArticle(a, 3, events, List.of());
    }

    /** "USAGOV" is USA + GOV; "IGOUNO" and "GOV" have no country. */
    static EventActor actor(String code) {
        boolean country = code.length() >= 3 && !code.startsWith("IGO") && !code.equals("GOV");
        ActorCode c = country ? new ActorCode(code.substring(0, 3), code.length() > 3 ? code.substring(3) : null)
                : new ActorCode(null, code);
        return new EventActor(c, code.equals("USAGOV") ? "Donald Trump" : null, "entity:" + code, "the " + code);
    }

    private static EventType type(String code, String name, double goldstein, int quad) {
        return new EventType(new CameoCode(code), name, goldstein, quad, null);
    }
}
