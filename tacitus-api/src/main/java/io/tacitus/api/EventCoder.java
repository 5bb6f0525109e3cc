// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.util.List;

/**
 * Stage 4: finds events in parsed sentences: predicates from a lexicon, their source and target actors,
 * their dates and places. Negated and unrealised events are not emitted.
 *
 * <p>Built once from its lexicon; immutable and thread-safe.
 */
public interface EventCoder {
    List<Event> code(AnnotatedArticle article, DocumentActors actors);

    /** Version of the lexicon, recorded in every event's provenance. */
    String version();
}
