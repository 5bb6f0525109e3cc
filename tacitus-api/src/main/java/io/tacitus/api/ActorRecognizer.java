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

    /** Whether a tagged (unparsed) sentence may mention an actor; used to skip parsing. */
    boolean mayMentionActor(Sentence sentence);

    /** Version of the actor knowledge, recorded in every event's provenance. */
    String version();
}
