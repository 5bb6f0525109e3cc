// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.actors.ActorKnowledge;
import io.tacitus.actors.Phrase;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.Fingerprint;
import io.tacitus.api.knowledge.KnowledgeException;
import io.tacitus.api.knowledge.TabularFile;
import io.tacitus.api.knowledge.TabularFile.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the actor knowledge files into rows keyed by entry id, so that user files can replace bundled
 * entries, then builds the entities and phrases. Used once at start-up.
 */
public final class KnowledgeLoader {
    static final String COUNTRIES = "countries.tsv";
    static final String ROLES = "roles.tsv";
    static final String ORGANISATIONS = "organisations.tsv";
    static final String PEOPLE = "people.tsv";
    static final String NON_ACTORS = "non-actors.tsv";
    private static final Map<String, Integer> COLUMNS = Map.of(COUNTRIES, 6, ROLES, 3, ORGANISATIONS, 6, PEOPLE, 8,
            NON_ACTORS, 2);

    private final Map<String, Row> countries = new LinkedHashMap<>();
    private final Map<String, Row> roles = new LinkedHashMap<>();
    private final Map<String, Row> organisations = new LinkedHashMap<>();
    private final Map<String, Row> nonActors = new LinkedHashMap<>();
    private final Map<String, List<Row>> people = new LinkedHashMap<>();
    private final Fingerprint fingerprint = new Fingerprint();

    public void loadBundled() {
        for (String name : List.of(COUNTRIES, ROLES, ORGANISATIONS, PEOPLE, NON_ACTORS)) {
            add(name, TabularFile.resource(ActorKnowledge.class, name, COLUMNS.get(name)), false);
        }
    }

    /**
     * A user file: each row starts with the kind of entry ({@code country}, {@code role},
     * {@code organisation}, {@code person}) followed by the columns of the matching bundled file.
     */
    public void loadUser(Path file) {
        Map<String, List<Row>> byKind = new LinkedHashMap<>();
        Map<String, String> files = Map.of("country", COUNTRIES, "role", ROLES, "organisation", ORGANISATIONS,
                "person", PEOPLE);
        for (Row row : TabularFile.file(file, 0)) {
            String target = files.get(row.cells().get(0).strip());
            if (target == null) {
                throw row.error("first column must be country, role, organisation or person, not \""
                        + row.cells().get(0) + "\"");
            }
            List<String> rest = row.cells().subList(1, row.cells().size());
            if (rest.size() != COLUMNS.get(target)) {
                throw row.error("a " + row.cells().get(0) + " row needs " + COLUMNS.get(target)
                        + " columns after the kind, found " + rest.size());
            }
            byKind.computeIfAbsent(target, k -> new ArrayList<>()).add(new Row(row.file(), row.line(), rest));
        }
        byKind.forEach((target, rows) -> add(target, rows, true));
    }

    private void add(String file, List<Row> rows, boolean override) {
        Map<String, List<Row>> replaced = new LinkedHashMap<>();
        for (Row row : rows) {
            fingerprint.add(String.join("\t", row.cells()));
            String key = row.cells().get(0).strip();
            switch (file) {
                case COUNTRIES -> countries.put(key, row);
                case ROLES -> roles.put(key.toLowerCase(), row);
                case ORGANISATIONS -> organisations.put(key, row);
                case NON_ACTORS -> nonActors.put(key.toLowerCase(), row);
                case PEOPLE -> {
                    if (override && !replaced.containsKey(key)) {
                        replaced.put(key, new ArrayList<>());
                        people.put(key, replaced.get(key));
                    }
                    people.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                }
                default -> throw new KnowledgeException(file, 0, "unknown knowledge file");
            }
        }
    }

    public List<Phrase> phrases() {
        EntityFactory f = new EntityFactory();
        countries.values().forEach(f::country);
        roles.values().forEach(f::role);
        nonActors.values().forEach(f::notActor);
        organisations.values().forEach(f::organisation);
        people.values().forEach(f::person);
        return f.phrases();
    }

    public Map<String, ActorEntity> entities() {
        EntityFactory f = new EntityFactory();
        countries.values().forEach(f::country);
        organisations.values().forEach(f::organisation);
        people.values().forEach(f::person);
        return f.entities();
    }

    public String version() {
        return "actors-" + fingerprint.hex().substring(0, 10);
    }
}
