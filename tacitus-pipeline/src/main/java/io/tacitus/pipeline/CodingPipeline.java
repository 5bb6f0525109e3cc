// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.Article;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.DocumentActors;
import io.tacitus.api.Event;
import io.tacitus.api.Sentence;
import io.tacitus.api.SentenceAnnotator;
import io.tacitus.api.TimeTagger;
import io.tacitus.nlp.CoreNlpAnnotator;
import io.tacitus.nlp.PatternTimeTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole path for one article: annotate (parsing only sentences that may hold an event), find time
 * expressions, recognise actors, code events. Assembled once; not thread-safe because the annotator is
 * not: build one per thread from a shared {@link Knowledge}.
 */
public final class CodingPipeline {
    private final SentenceAnnotator annotator;
    private final TimeTagger times;
    private final Knowledge knowledge;
    private final boolean gate;
    private final StageTimer timer;

    public CodingPipeline(SentenceAnnotator annotator, TimeTagger times, Knowledge knowledge, boolean gate) {
        this.annotator = annotator;
        this.times = times;
        this.knowledge = knowledge;
        this.gate = gate;
        this.timer = new StageTimer();
    }

    /** A pipeline with CoreNLP and the pattern time tagger. */
    public static CodingPipeline create(PipelineConfig config, Knowledge knowledge) {
        return new CodingPipeline(new CoreNlpAnnotator(config.nlp(), knowledge.parser()), new PatternTimeTagger(), knowledge, config.gate());
    }

    /** The first two stages alone: NLP (parsing what the gate lets through) and time expressions. */
    public AnnotatedArticle annotate(Article article) {
        return withTimes(parse(article));
    }

    private AnnotatedArticle parse(Article article) {
        return gate ? annotator.annotate(article, knowledge::worthParsing) : annotator.annotate(article);
    }

    private AnnotatedArticle withTimes(AnnotatedArticle annotated) {
        List<Sentence> timed = new ArrayList<>(annotated.sentences().size());
        for (Sentence s : annotated.sentences()) {
            timed.add(s.withTimes(times.tag(s, annotated.article().date())));
        }
        return new AnnotatedArticle(annotated.article(), timed);
    }

    public CodedArticle code(Article article) {
        long t0 = System.nanoTime();
        AnnotatedArticle annotated = parse(article);
        long t1 = System.nanoTime();
        annotated = withTimes(annotated);
        List<Sentence> timed = annotated.sentences();
        long t2 = System.nanoTime();
        DocumentActors actors = knowledge.recognizer().recognize(annotated);
        long t3 = System.nanoTime();
        List<Event> events = knowledge.coder().code(annotated, actors);
        long t4 = System.nanoTime();
        timer.add(t1 - t0, t2 - t1, t3 - t2, t4 - t3, timed);
        return new CodedArticle(article, timed.size(), events, List.of());
    }

    /** Time spent so far in each stage by this pipeline. */
    public StageTimer timer() {
        return timer;
    }
}
