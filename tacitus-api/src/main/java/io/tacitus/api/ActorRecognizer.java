// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

/**
 * Stage 3: finds actor mentions in an annotated article and resolves them to entities,
 * including references within the document ("Putin", "the Russian leader", "he").
 *
 * <p>Built once from its knowledge files; immutable and thread-safe.
 */
public interface ActorRecognizer {
    DocumentActors recognize(AnnotatedArticle article);

    /**
     * How many actor references a tagged (unparsed) sentence may hold: names, roles and pronouns, up to
     * the limit; used to skip parsing sentences that cannot hold an event between two actors.
     */
    int countActorReferences(Sentence sentence, int limit);

    /** Version of the actor knowledge, recorded in every event's provenance. */
    String version();
}
