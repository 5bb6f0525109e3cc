// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline.bench;

import io.tacitus.api.Article;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.SentenceAnnotator;
import io.tacitus.nlp.CoreNlpAnnotator;
import io.tacitus.pipeline.CodingPipeline;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.pipeline.PipelineConfig;
import io.tacitus.pipeline.StageTimer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Measures throughput on a corpus held in memory, on N threads with one pipeline per thread, after a
 * warm-up pass of the whole corpus: NLP alone with the parse gate, the whole pipeline, and NLP alone
 * parsing every sentence (the most thorough configuration).
 */
public final class PipelineBenchmark {
    private final PipelineConfig config;
    private final int threads;

    public PipelineBenchmark(PipelineConfig config, int threads) {
        this.config = config;
        this.threads = threads;
    }

    public BenchReport run(List<Article> corpus) throws Exception {
        long t0 = System.nanoTime();
        Knowledge knowledge = Knowledge.load(config);
        List<CodingPipeline> pipelines = new ArrayList<>();
        List<SentenceAnnotator> annotators = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            pipelines.add(CodingPipeline.create(config, knowledge));
            annotators.add(new CoreNlpAnnotator(config.nlp(), knowledge.parser()));
        }
        long startup = (System.nanoTime() - t0) / 1_000_000;
        // warm up: the JIT needs a few thousand sentences before CoreNLP runs at full speed
        parallel(corpus, i -> a -> pipelines.get(i).code(a));
        resetPeaks();
        double gated = parallel(corpus, i -> a -> annotators.get(i).annotate(a, knowledge::worthParsing));
        List<StageTimer> before = snapshot(pipelines);
        AtomicLong events = new AtomicLong();
        double whole = parallel(corpus, i -> a -> {
            CodedArticle c = pipelines.get(i).code(a);
            events.addAndGet(c.events().size());
        });
        long[] delta = delta(before, pipelines);
        double nlp = parallel(corpus, i -> a -> annotators.get(i).annotate(a));
        double total = delta[0] + delta[1] + delta[2] + delta[3];
        double[] shares = {delta[0] / total, delta[1] / total, delta[2] / total, delta[3] / total};
        return new BenchReport(threads, startup, corpus.size(), delta[4], delta[6], delta[5], nlp, gated, whole, shares,
                events.get(), peakHeapMb());
    }

    /** Runs the work over the corpus on the threads (thread i uses its own stage i); returns seconds. */
    private double parallel(List<Article> corpus, Function<Integer, Consumer<Article>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Consumer<Article> mine = work.apply(i);
            futures.add(pool.submit(() -> {
                for (int k = next.getAndIncrement(); k < corpus.size(); k = next.getAndIncrement()) {
                    mine.accept(corpus.get(k));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<StageTimer> snapshot(List<CodingPipeline> pipelines) {
        List<StageTimer> out = new ArrayList<>();
        pipelines.forEach(p -> out.add(p.timer().copy()));
        return out;
    }

    /** nlp, time, actors, coding nanos; sentences; parsed; tokens — summed over pipelines since the snapshot. */
    private static long[] delta(List<StageTimer> before, List<CodingPipeline> pipelines) {
        long[] d = new long[7];
        for (int i = 0; i < pipelines.size(); i++) {
            StageTimer a = before.get(i);
            StageTimer b = pipelines.get(i).timer();
            d[0] += b.nlpNanos() - a.nlpNanos();
            d[1] += b.timeNanos() - a.timeNanos();
            d[2] += b.actorsNanos() - a.actorsNanos();
            d[3] += b.codingNanos() - a.codingNanos();
            d[4] += b.sentences() - a.sentences();
            d[5] += b.parsedSentences() - a.parsedSentences();
            d[6] += b.tokens() - a.tokens();
        }
        return d;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
