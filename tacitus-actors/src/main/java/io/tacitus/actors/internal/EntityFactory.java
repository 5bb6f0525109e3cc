// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.actors.Phrase;
import io.tacitus.actors.PhraseKind;
import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.RoleTerm;
import io.tacitus.api.knowledge.TabularFile.Row;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds entities and their phrases from knowledge rows; a bad row fails with its file and line. */
final class EntityFactory {
    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, ActorEntity> entities = new LinkedHashMap<>();

    void country(Row r) {
        String iso = r.get(0);
        ActorEntity state = entity(r, "country:" + iso, r.get(1), iso, null);
        add(r, state.name(), PhraseKind.STATE, state, "countries.tsv:" + iso);
        r.list(2).forEach(a -> add(r, a, PhraseKind.STATE, state, "countries.tsv:" + iso));
        r.list(3).forEach(a -> add(r, a, PhraseKind.ADJECTIVE, state, "countries.tsv:" + iso + ":adjective"));
        for (String capital : r.list(4)) {
            ActorEntity e = entity(r, "capital:" + iso + ":" + capital, capital, iso, "GOV");
            add(r, capital, PhraseKind.CAPITAL, e, "countries.tsv:" + iso + ":capital");
        }
        for (String m : r.list(5)) {
            String[] parts = m.split("=", 2);
            if (parts.length != 2) {
                throw r.error("metonym must be written NAME=ROLE: " + m);
            }
            ActorEntity e = entity(r, "metonym:" + iso + ":" + parts[0].strip(), parts[0].strip(), iso, parts[1].strip());
            add(r, parts[0].strip(), PhraseKind.METONYM, e, "countries.tsv:" + iso + ":metonym");
        }
    }

    void role(Row r) {
        String role = r.get(1);
        if (role == null) {
            throw r.error("role phrase without a role code");
        }
        phrases.add(new Phrase(words(r.get(0)), PhraseKind.ROLE, null, role, "roles.tsv:" + r.get(0)));
    }

    void notActor(Row r) {
        phrases.add(new Phrase(words(r.get(0)), PhraseKind.NOT_ACTOR, null, null, "non-actors.tsv:" + r.get(0)));
    }

    void organisation(Row r) {
        String role = r.get(4);
        String code = r.get(5);
        if ("IGO".equals(role) && code != null) {
            role = "IGO" + code.replaceAll("[^A-Z0-9]", "");
        }
        ActorEntity e = entity(r, "org:" + r.get(0), r.get(1), r.get(3), role);
        add(r, e.name(), PhraseKind.ORGANISATION, e, "organisations.tsv:" + r.get(0));
        r.list(2).forEach(a -> add(r, a, PhraseKind.ORGANISATION, e, "organisations.tsv:" + r.get(0)));
    }

    void person(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Row first = rows.get(0);
        List<RoleTerm> terms = new ArrayList<>();
        RoleTerm latest = null;
        for (Row r : rows) {
            RoleTerm t = new RoleTerm(code(r, r.get(3), r.get(4)), date(r, r.get(5)), date(r, r.get(6)), r.get(7));
            terms.add(t);
            boolean national = t.code().country() != null;
            if (latest == null || (national && (latest.code().country() == null || t.start().isAfter(latest.start())))) {
                latest = t; // out of office, a person belongs to the country of the latest national term
            }
        }
        String id = "person:" + first.get(0);
        ActorEntity e = new ActorEntity(id, first.get(1), new ActorCode(latest.code().country(), "ELI"), terms);
        entities.put(id, e);
        add(first, e.name(), PhraseKind.PERSON, e, "people.tsv:" + first.get(0));
        first.list(2).forEach(a -> add(first, a, PhraseKind.PERSON, e, "people.tsv:" + first.get(0)));
    }

    private ActorEntity entity(Row r, String id, String name, String country, String role) {
        if (name == null) {
            throw r.error("entry without a name");
        }
        ActorEntity e = ActorEntity.undated(id, name, code(r, country, role));
        entities.put(id, e);
        return e;
    }

    private static ActorCode code(Row r, String country, String role) {
        try {
            return new ActorCode(country, role);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static LocalDate date(Row r, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw r.error("not an ISO date: " + value);
        }
    }

    private void add(Row r, String text, PhraseKind kind, ActorEntity e, String entry) {
        if (text == null || text.isBlank()) {
            throw r.error("empty name");
        }
        phrases.add(new Phrase(words(text), kind, e, null, entry));
    }

    /** Splits a phrase the way the tokenizer splits text: on spaces, with "'s" and "’s" apart, hyphens alone ("Lee Myung - bak"). */
    static List<String> words(String text) {
        String norm = text.replace('’', '\'').replace("'s ", " 's ").replaceAll("(?<=\\w)-(?=\\w)", " - ").strip();
        return Arrays.asList(norm.split("\\s+"));
    }

    List<Phrase> phrases() {
        return phrases;
    }

    Map<String, ActorEntity> entities() {
        return entities;
    }
}
