// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store.internal;

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
import java.util.Random;

/**
 * Made-up but plausible events and coded articles for benchmarks and tests: 24 countries, six roles,
 * twenty CAMEO codes, dates from 2000 to 2024 (a tenth known only to the month, a twentieth to the year).
 * The same seed gives the same corpus. Not thread-safe (it owns its random generator).
 */
public final class SyntheticCorpus {
    private static final List<String> COUNTRIES = List.of("USA", "RUS", "CHN", "UKR", "SYR", "IRN", "ISR", "PSE",
            "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "JPN", "PRK", "KOR", "SAU", "EGY", "IRQ", "AFG", "VEN",
            "BRA", "NGA");
    private static final List<String> ROLES = java.util.Arrays.asList("GOV", "GOV", "MIL", null, "OPP", "BUS");
    private static final List<EventType> TYPES = List.of(type("010", "Make statement", 0.0, 1),
            type("020", "Make an appeal or request", 3.0, 1), type("036", "Express intent to meet or negotiate", 4.0, 1),
            type("040", "Consult", 1.0, 1), type("042", "Make a visit", 1.9, 1), type("043", "Host a visit", 2.8, 1),
            type("046", "Engage in negotiation", 7.0, 1), type("051", "Praise or endorse", 3.4, 2),
            type("057", "Sign formal agreement", 8.0, 2), type("061", "Cooperate economically", 6.4, 2),
            type("111", "Criticize or denounce", -2.0, 3), type("112", "Accuse", -2.0, 3),
            type("120", "Reject", -4.0, 3), type("130", "Threaten", -4.4, 3),
            type("163", "Impose embargo, boycott, or sanctions", -8.0, 4), type("173", "Arrest, detain", -5.0, 4),
            type("190", "Use conventional military force", -10.0, 4), type("193", "Fight with small arms", -10.0, 4),
            type("195", "Employ aerial weapons", -10.0, 4), type("1711", "Confiscate property", -9.2, 4));
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int DAYS = 25 * 365;

    private final Random random;

    public SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** One event mention of a made-up article. */
    public Event event(String docId, int sentence) {
        EventActor source = actor();
        EventActor target = random.nextInt(10) == 0 ? null : actor();
        EventType type = TYPES.get(random.nextInt(TYPES.size()));
        EventDate date = date();
        Location place = random.nextInt(3) == 0 ? null : new Location("Capital of " + source.code().country(),
                source.code().country(), 10.0 + random.nextInt(40), 20.0 + random.nextInt(40), "in the capital");
        String text = source.text() + " " + type.name().toLowerCase() + (target == null ? "" : " " + target.text());
        Provenance p = new Provenance(docId, sentence, text + ".", type.name().toLowerCase(), "synthetic-" + type.code(),
                "lexicon-synthetic", "actors-synthetic");
        return new Event(docId + "-" + sentence, source, target, type, date,
                random.nextInt(4) == 0 ? DateSource.DOCUMENT : DateSource.TEXT, place, p);
    }

    /** Article number {@code n}: unique id and text, one to nine events, one of twenty outlets. */
    public CodedArticle article(int n) {
        String id = "synthetic-" + n;
        int count = 1 + random.nextInt(9);
        List<Event> events = new ArrayList<>(count);
        StringBuilder text = new StringBuilder("Synthetic article ").append(n).append(". ");
        for (int s = 0; s < count; s++) {
            Event e = event(id, s);
            events.add(e);
            text.append(e.provenance().sentenceText()).append(' ');
        }
        Article article = new Article(id, text.toString(), FIRST_DAY.plusDays(random.nextInt(DAYS)), "Article " + n,
                null, "Outlet " + random.nextInt(20));
        return new CodedArticle(article, count, events, List.of());
    }

    private EventActor actor() {
        String country = COUNTRIES.get(skewed(COUNTRIES.size()));
        String role = ROLES.get(random.nextInt(ROLES.size()));
        ActorCode code = new ActorCode(country, role);
        return new EventActor(code, null, role == null ? "country:" + country : "group:" + country + ":" + role,
                "the " + code.value() + " side");
    }

    private EventDate date() {
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        int precision = random.nextInt(20);
        if (precision == 0) {
            return EventDate.ofYear(day.getYear());
        }
        return precision < 3 ? EventDate.ofMonth(day.getYear(), day.getMonthValue()) : EventDate.of(day);
    }

    /** Small indexes more often than large ones, as news favours a few countries. */
    private int skewed(int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }

    private static EventType type(String code, String name, double goldstein, int quad) {
        return new EventType(new CameoCode(code), name, goldstein, quad, null);
    }
}
