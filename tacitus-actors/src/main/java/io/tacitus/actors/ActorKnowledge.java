// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

import io.tacitus.actors.internal.KnowledgeLoader;
import io.tacitus.actors.internal.PhraseIndex;
import io.tacitus.api.ActorEntity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Tacitus knows about actors: states with their names, adjectives, capitals and metonyms;
 * role nouns; organisations and armed groups; named people with dated terms. Loaded once from the data
 * files under {@code io/tacitus/actors/} (and optional user files); immutable and thread-safe.
 */
public final class ActorKnowledge {
    private final PhraseIndex index;
    private final Map<String, ActorEntity> entities;
    private final String version;

    private ActorKnowledge(PhraseIndex index, Map<String, ActorEntity> entities, String version) {
        this.index = index;
        this.entities = Map.copyOf(entities);
        this.version = version;
    }

    /** The bundled knowledge. */
    public static ActorKnowledge bundled() {
        return load(List.of());
    }

    /** The bundled knowledge plus user files that add or override entries (docs/ACTORS.md). */
    public static ActorKnowledge load(List<Path> userFiles) {
        KnowledgeLoader loader = new KnowledgeLoader();
        loader.loadBundled();
        for (Path p : userFiles) {
            loader.loadUser(p);
        }
        return new ActorKnowledge(new PhraseIndex(loader.phrases()), loader.entities(), loader.version());
    }

    public PhraseIndex index() {
        return index;
    }

    /** An entity by id ("country:RUS", "person:vladimir-putin"). */
    public Optional<ActorEntity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** The state entity of a country code. */
    public Optional<ActorEntity> state(String iso3) {
        return entity("country:" + iso3);
    }

    public String version() {
        return version;
    }
}
