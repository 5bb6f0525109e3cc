// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors;

import io.tacitus.actors.internal.MentionBuilder;
import io.tacitus.actors.internal.ReferenceResolver;
import io.tacitus.api.ActorMention;
import io.tacitus.api.ActorRecognizer;
import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.DocumentActors;
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

    public DictionaryActorRecognizer(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
        this.builder = new MentionBuilder(knowledge.index());
    }

    @Override
    public DocumentActors recognize(AnnotatedArticle article) {
        ReferenceResolver references = new ReferenceResolver(article.article().date());
        List<List<ActorMention>> all = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            all.add(references.resolve(s, builder.mentions(s, article.article().date())));
        }
        return new DocumentActors(all);
    }

    @Override
    public boolean mayMentionActor(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isPronoun() || !knowledge.index().match(tokens, i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String version() {
        return knowledge.version();
    }

    public ActorKnowledge knowledge() {
        return knowledge;
    }
}
