// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.jmh;

import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.Article;
import io.tacitus.api.ArticleSink;
import io.tacitus.api.DocumentActors;
import io.tacitus.api.Event;
import io.tacitus.api.Problem;
import io.tacitus.ingest.FileArticleReader;
import io.tacitus.ingest.ReaderOptions;
import io.tacitus.pipeline.CodingPipeline;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.pipeline.PipelineConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages after NLP, alone, on sentences annotated once in the set-up (CoreNLP with the parse gate, then
 * time expressions, exactly as the pipeline does): actor recognition plus event coding, and event coding alone
 * on actors recognised in the set-up. One operation is the whole corpus; docs/PERFORMANCE.md turns the time per
 * operation into sentences per second.
 *
 * <p>Run from the repository root: {@code bin/coder-bench} (or {@code java -cp ... org.openjdk.jmh.Main
 * CoderBenchmark}); {@code -p corpus=FILE} measures another corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class CoderBenchmark {
    @Param("bench/corpus/news.jsonl")
    public String corpus;

    private Knowledge knowledge;
    private List<AnnotatedArticle> annotated;
    private List<DocumentActors> actors;
    private int sentences;

    @Setup(Level.Trial)
    public void annotate() {
        PipelineConfig config = PipelineConfig.defaults();
        knowledge = Knowledge.load(config);
        CodingPipeline pipeline = CodingPipeline.create(config, knowledge);
        annotated = new ArrayList<>();
        actors = new ArrayList<>();
        for (Article article : read(Path.of(corpus))) {
            AnnotatedArticle a = pipeline.annotate(article);
            annotated.add(a);
            actors.add(knowledge.recognizer().recognize(a));
            sentences += a.sentences().size();
        }
        System.out.printf("%n%s: %d documents, %d sentences annotated%n", corpus, annotated.size(), sentences);
    }

    /** Actor recognition and event coding, as the pipeline runs them after NLP. */
    @Benchmark
    public int actorsAndCoding(Blackhole sink) {
        int events = 0;
        for (AnnotatedArticle a : annotated) {
            List<Event> coded = knowledge.coder().code(a, knowledge.recognizer().recognize(a));
            sink.consume(coded);
            events += coded.size();
        }
        return events;
    }

    /** Event coding alone, on actors recognised in the set-up. */
    @Benchmark
    public int codingOnly(Blackhole sink) {
        int events = 0;
        for (int i = 0; i < annotated.size(); i++) {
            List<Event> coded = knowledge.coder().code(annotated.get(i), actors.get(i));
            sink.consume(coded);
            events += coded.size();
        }
        return events;
    }

    int sentences() {
        return sentences;
    }

    private static List<Article> read(Path input) {
        List<Article> articles = new ArrayList<>();
        new FileArticleReader(ReaderOptions.defaults()).read(input, new ArticleSink() {
            @Override
            public void accept(Article article) {
                articles.add(article);
            }

            @Override
            public void reject(Problem problem) {
                throw new IllegalArgumentException("benchmark corpus: " + problem);
            }
        });
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("benchmark corpus holds no article: " + input);
        }
        return articles;
    }
}
