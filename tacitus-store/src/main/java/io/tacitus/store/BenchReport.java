// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link StoreBenchmark} measured.
 *
 * @param events        synthetic events bulk-loaded
 * @param loadSeconds   time to append them
 * @param queries       query timings on the loaded store
 * @param articles      synthetic articles ingested afterwards
 * @param msPerArticle  mean milliseconds per article, per block of {@link StoreBenchmark#BLOCK} articles
 * @param counts        the store's size at the end
 */
public record BenchReport(int events, double loadSeconds, List<QueryTiming> queries, int articles,
                          List<Double> msPerArticle, StoreCounts counts) {
    public BenchReport {
        queries = List.copyOf(queries);
        msPerArticle = List.copyOf(msPerArticle);
        Objects.requireNonNull(counts, "counts");
    }

    /** A Markdown-friendly summary. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "bulk load: %,d events in %.1f s (DuckDB appender)%n%n", events, loadSeconds));
        sb.append("| query | rows | first run (ms) | median of 5 (ms) |\n|---|---:|---:|---:|\n");
        for (QueryTiming q : queries) {
            sb.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f | %.1f |%n", q.name(), q.rows(), q.firstMillis(),
                    q.medianMillis()));
        }
        sb.append(String.format(Locale.ROOT, "%ningest: %,d synthetic articles, ms/article per block of %,d:%n%n",
                articles, StoreBenchmark.BLOCK));
        sb.append("| articles | ms/article |\n|---|---:|\n");
        for (int i = 0; i < msPerArticle.size(); i++) {
            int from = i * StoreBenchmark.BLOCK + 1;
            int to = Math.min(articles, (i + 1) * StoreBenchmark.BLOCK);
            sb.append(String.format(Locale.ROOT, "| %,d–%,d | %.2f |%n", from, to, msPerArticle.get(i)));
        }
        sb.append(String.format("%nstore at the end: %s%n", counts));
        return sb.toString();
    }

    /**
     * One query's timing.
     *
     * @param name         the equivalent command
     * @param rows         rows (events or periods) it returned
     * @param firstMillis  the first run
     * @param medianMillis the median of the runs
     */
    public record QueryTiming(String name, int rows, double firstMillis, double medianMillis) {
    }
}
