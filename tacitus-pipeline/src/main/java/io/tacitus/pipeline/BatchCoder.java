// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import io.tacitus.api.Article;
import io.tacitus.api.ArticleReader;
import io.tacitus.api.ArticleSink;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.Problem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Codes a stream of articles on N threads, each with its own pipeline, and hands results to a listener in
 * input order. At most 2N articles are in flight, so memory stays bounded whatever the input size. A
 * document that fails becomes a problem; the batch goes on.
 */
public final class BatchCoder implements AutoCloseable {
    private final ExecutorService pool;
    private final ThreadLocal<CodingPipeline> pipelines;
    private final List<CodingPipeline> all = new ArrayList<>();
    private final int window;

    public BatchCoder(int threads, Supplier<CodingPipeline> factory) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tacitus-coder");
            t.setDaemon(true);
            return t;
        });
        this.window = 2 * threads;
        this.pipelines = ThreadLocal.withInitial(() -> {
            CodingPipeline p = factory.get();
            synchronized (all) {
                all.add(p);
            }
            return p;
        });
    }

    /** Reads and codes every input; returns the summary once all results were delivered. */
    public BatchSummary run(ArticleReader reader, List<Path> inputs, BatchListener listener) {
        Counter counter = new Counter();
        Deque<CompletableFuture<Object>> inFlight = new ArrayDeque<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void accept(Article article) {
                inFlight.add(CompletableFuture.supplyAsync(() -> codeSafely(article), pool));
                drain(inFlight, listener, counter, window);
            }

            @Override
            public void reject(Problem problem) {
                inFlight.add(CompletableFuture.completedFuture(problem));
                drain(inFlight, listener, counter, window);
            }
        };
        for (Path input : inputs) {
            reader.read(input, sink);
        }
        drain(inFlight, listener, counter, 0);
        return counter.summary();
    }

    private Object codeSafely(Article article) {
        try {
            return pipelines.get().code(article);
        } catch (RuntimeException | StackOverflowError e) {
            return Problem.error(article.id(), Problem.Code.INTERNAL, "coding failed: " + e);
        }
    }

    private static void drain(Deque<CompletableFuture<Object>> inFlight, BatchListener listener, Counter counter,
                              int keep) {
        while (inFlight.size() > keep || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
            Object result;
            try {
                result = inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("coding task failed", e.getCause());
            }
            deliver(result, listener, counter);
        }
    }

    private static void deliver(Object result, BatchListener listener, Counter counter) {
        if (result instanceof Problem p) {
            counter.problem(p);
            listener.problem(p);
            return;
        }
        CodedArticle a = (CodedArticle) result;
        try {
            listener.coded(a);
            counter.coded(a);
        } catch (Exception e) {
            Problem p = Problem.error(a.article().id(), Problem.Code.INTERNAL, "could not write results: " + e);
            counter.problem(p);
            listener.problem(p);
        }
    }

    /** The pipelines built so far, one per thread, for their stage timers. */
    public List<CodingPipeline> pipelines() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Counter {
        private int coded;
        private int failed;
        private int warnings;
        private long events;
        private final Map<Problem.Code, Integer> byCode = new EnumMap<>(Problem.Code.class);

        void coded(CodedArticle a) {
            coded++;
            events += a.events().size();
        }

        void problem(Problem p) {
            if (p.severity() == Problem.Severity.ERROR) {
                failed++;
            } else {
                warnings++;
            }
            byCode.merge(p.code(), 1, Integer::sum);
        }

        BatchSummary summary() {
            return new BatchSummary(coded, failed, warnings, events, byCode);
        }
    }
}
