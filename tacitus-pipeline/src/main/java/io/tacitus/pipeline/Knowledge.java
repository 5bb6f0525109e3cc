// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import io.tacitus.actors.ActorKnowledge;
import io.tacitus.actors.DictionaryActorRecognizer;
import io.tacitus.api.ActorRecognizer;
import io.tacitus.api.EventCoder;
import io.tacitus.api.PlaceResolver;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import io.tacitus.coding.CameoOntology;
import io.tacitus.coding.DependencyPatternCoder;
import io.tacitus.coding.Lexicon;
import io.tacitus.nlp.DependencyParserModel;
import io.tacitus.places.GazetteerPlaceResolver;
import java.util.Set;

/**
 * The thread-safe part of a pipeline, shared between threads: actor knowledge, ontology, lexicon and gazetteer,
 * the stages built from them, and the dependency parser's model (loaded on first use, so that tools which never
 * parse do not pay for it). Load once per JVM (or Spark executor).
 */
public final class Knowledge {
    private final ActorKnowledge actors;
    private final CameoOntology ontology;
    private final Lexicon lexicon;
    private final ActorRecognizer recognizer;
    private final EventCoder coder;
    private final PlaceResolver places;
    private DependencyParserModel parser;

    private Knowledge(ActorKnowledge actors, CameoOntology ontology, Lexicon lexicon, PlaceResolver places) {
        this.actors = actors;
        this.ontology = ontology;
        this.lexicon = lexicon;
        this.places = places;
        this.recognizer = new DictionaryActorRecognizer(actors, places);
        this.coder = new DependencyPatternCoder(lexicon, ontology, actors.version(), places);
    }

    public static Knowledge load(PipelineConfig config) {
        CameoOntology ontology = CameoOntology.bundled();
        return new Knowledge(ActorKnowledge.load(config.actorFiles()), ontology, Lexicon.bundled(ontology),
                GazetteerPlaceResolver.bundled());
    }

    public ActorKnowledge actors() {
        return actors;
    }

    public CameoOntology ontology() {
        return ontology;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public ActorRecognizer recognizer() {
        return recognizer;
    }

    public EventCoder coder() {
        return coder;
    }

    /**
     * Whether a tagged sentence is worth parsing: it has two actor references (names, roles, pronouns:
     * a source and a target), or a definite event noun that may refer to an event told before ("the June 28
     * meeting"), or one actor and a place name or a word whose target is found earlier in the document (a
     * denial, an apology, a vow of revenge), and a word the lexicon knows other than a plain statement verb. The gate's
     * cost in recall is measured in docs/PERFORMANCE.md.
     */
    public boolean worthParsing(Sentence sentence) {
        if (!lexicon.mayTrigger(sentence)) {
            return false;
        }
        int references = recognizer.countActorReferences(sentence, 2);
        return references >= 2 || lexicon.mayReferToEvent(sentence)
                || (references == 1 && (namesPlace(sentence) || lexicon.mayAnswer(sentence)));
    }

    /** "Russian missiles struck the port of Odesa": a place the gazetteer knows may give force its target. */
    private boolean namesPlace(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (t.index() > 0 && t.tag().equals("NNP") && places.resolve(t.word(), Set.of()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public PlaceResolver places() {
        return places;
    }

    /** The dependency parser every thread's annotator shares; loaded on the first call. */
    public synchronized DependencyParserModel parser() {
        if (parser == null) {
            parser = DependencyParserModel.load();
        }
        return parser;
    }
}
