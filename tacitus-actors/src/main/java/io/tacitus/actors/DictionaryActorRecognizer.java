// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

import io.tacitus.actors.internal.DividedCountries;
import io.tacitus.actors.internal.MentionBuilder;
import io.tacitus.actors.internal.ReferenceResolver;
import io.tacitus.api.ActorMention;
import io.tacitus.api.ActorRecognizer;
import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.DocumentActors;
import io.tacitus.api.PlaceResolver;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds actors by dictionary lookup ({@link ActorKnowledge}) and resolves in-document references.
 * Immutable and thread-safe; per-document state lives in a {@link ReferenceResolver} made per call.
 */
public final class DictionaryActorRecognizer implements ActorRecognizer {
    private final ActorKnowledge knowledge;
    private final MentionBuilder builder;
    private final PlaceResolver places;

    public DictionaryActorRecognizer(ActorKnowledge knowledge) {
        this(knowledge, PlaceResolver.none());
    }

    /** With a gazetteer, a crowd or force without a country takes the country of the place it is in ("protesters in Istanbul"). */
    public DictionaryActorRecognizer(ActorKnowledge knowledge, PlaceResolver places) {
        this.knowledge = knowledge;
        this.builder = new MentionBuilder(knowledge.index());
        this.places = places;
    }

    @Override
    public DocumentActors recognize(AnnotatedArticle article) {
        ReferenceResolver references = new ReferenceResolver(article.article().date(), places);
        List<List<ActorMention>> all = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            all.add(references.resolve(s, builder.mentions(s, article.article().date())));
        }
        return new DocumentActors(all);
    }

    @Override
    public int countActorReferences(Sentence sentence, int limit) {
        List<Token> tokens = sentence.tokens();
        int count = 0;
        for (int i = 0; i < tokens.size() && count < limit; i++) {
            String w = tokens.get(i).word().toLowerCase();
            boolean pronoun = tokens.get(i).isPronoun() && !w.equals("i") && !w.equals("you") && !w.equals("me");
            if (pronoun) {
                count++;
                continue;
            }
            boolean adjective = i + 2 < tokens.size() && tokens.get(i + 1).tag().startsWith("JJ") && tokens.get(i + 2).isNoun();
            if ((w.equals("two") || w.equals("both")) && i + 1 < tokens.size() && (tokens.get(i + 1).isNoun() || adjective)) {
                count += 2; // "the two leaders", "both countries", "the two prime ministers": a pair
                continue;
            }
            int halves = DividedCountries.references(tokens, i); // "the North", "both Koreas"
            if (halves > 0) {
                count += halves;
                continue;
            }
            var m = knowledge.index().match(tokens, i);
            if (!m.isEmpty()) {
                count++;
                i += m.get(0).words().size() - 1;
            }
        }
        return count;
    }

    @Override
    public String version() {
        return knowledge.version();
    }

}
