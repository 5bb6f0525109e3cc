// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline.bench;

/**
 * Throughput of one benchmark run.
 *
 * @param threads        coding threads
 * @param startupMillis  loading knowledge and models, before the first article
 * @param documents      documents per pass
 * @param sentences      sentences per pass
 * @param tokens         tokens per pass
 * @param parsed         sentences the gate let through to the parser (whole pipeline)
 * @param nlpSeconds     wall time of the NLP-only pass (tag everything, parse every sentence)
 * @param gatedNlpSeconds wall time of NLP with the gate (parse only sentences that may mention an actor)
 * @param pipelineSeconds wall time of the whole pipeline (gated NLP, times, actors, coding)
 * @param stageShares    share of each stage in the whole pipeline: nlp, time, actors, coding
 * @param events         events coded
 * @param peakHeapMb     peak heap in use during the run
 */
public record BenchReport(int threads, long startupMillis, int documents, long sentences, long tokens, long parsed,
                          double nlpSeconds, double gatedNlpSeconds, double pipelineSeconds, double[] stageShares,
                          long events, long peakHeapMb) {
    public BenchReport {
        stageShares = stageShares.clone();
    }

    @Override
    public double[] stageShares() {
        return stageShares.clone();
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("corpus: %d documents, %d sentences, %d tokens (%.1f tokens/sentence); threads %d%n",
                documents, sentences, tokens, (double) tokens / Math.max(1, sentences), threads));
        sb.append(String.format("start-up (models and knowledge): %.1f s%n", startupMillis / 1000.0));
        sb.append(String.format("%-34s %9s %12s %12s %12s%n", "pass", "seconds", "docs/s", "sentences/s", "tokens/s"));
        row(sb, "NLP alone, every sentence parsed", nlpSeconds);
        row(sb, "NLP alone, gated parsing", gatedNlpSeconds);
        row(sb, "whole pipeline (gated)", pipelineSeconds);
        sb.append(String.format("parsed %d of %d sentences (%.0f %%); %d events%n", parsed, sentences,
                100.0 * parsed / Math.max(1, sentences), events));
        sb.append(String.format("stage shares in the whole pipeline: nlp %.1f %%, time expressions %.1f %%, "
                + "actors %.1f %%, coding %.1f %%%n", 100 * stageShares[0], 100 * stageShares[1],
                100 * stageShares[2], 100 * stageShares[3]));
        sb.append(String.format("actors + coding add %.1f %% to the NLP time%n",
                100 * (stageShares[2] + stageShares[3]) / Math.max(1e-9, stageShares[0])));
        sb.append(String.format("peak heap: %d MB%n", peakHeapMb));
        return sb.toString();
    }

    private void row(StringBuilder sb, String name, double seconds) {
        sb.append(String.format("%-34s %9.2f %12.1f %12.1f %12.0f%n", name, seconds, documents / seconds,
                sentences / seconds, tokens / seconds));
    }
}
