// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import io.tacitus.api.Article;
import io.tacitus.api.CodedArticle;
import io.tacitus.pipeline.CodingPipeline;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.pipeline.PipelineConfig;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link ArticleCoder}: loads the (thread-safe) {@link Knowledge} once, on the first article, and
 * keeps at most {@code size} {@link CodingPipeline}s, which are not thread-safe, each lent to one request at a
 * time. Requests beyond {@code size} wait for a pipeline to come back. Thread-safe.
 */
public final class PooledPipelineCoder implements ArticleCoder {
    private static final Logger LOG = LoggerFactory.getLogger(PooledPipelineCoder.class);

    private final PipelineConfig config;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<CodingPipeline> idle = new ConcurrentLinkedQueue<>();
    private Knowledge knowledge;

    /**
     * @param config how to build the pipelines
     * @param size   the most pipelines built (each holds its own CoreNLP models in memory)
     */
    public PooledPipelineCoder(PipelineConfig config, int size) {
        this.config = Objects.requireNonNull(config, "config");
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be positive: " + size);
        }
        this.permits = new Semaphore(size, true);
    }

    @Override
    public CodedArticle code(Article article) {
        permits.acquireUninterruptibly();
        try {
            CodingPipeline pipeline = idle.poll();
            if (pipeline == null) {
                pipeline = build();
            }
            CodedArticle coded = pipeline.code(article);
            idle.offer(pipeline);
            return coded;
        } finally {
            permits.release();
        }
    }

    private CodingPipeline build() {
        long t0 = System.nanoTime();
        CodingPipeline pipeline = CodingPipeline.create(config, knowledge());
        LOG.info("coding pipeline built in {} ms", (System.nanoTime() - t0) / 1_000_000);
        return pipeline;
    }

    private synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = Knowledge.load(config);
        }
        return knowledge;
    }
}
