// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.api.Article;
import io.tacitus.api.ArticleSink;
import io.tacitus.api.Problem;
import io.tacitus.pipeline.bench.BenchReport;
import io.tacitus.pipeline.bench.PipelineBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tacitus bench INPUT...}: throughput of NLP alone and of the whole pipeline. */
@Command(name = "bench", description = "Measure documents/s, sentences/s and tokens/s, stage shares and peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "corpus: .txt, .jsonl or directories")
    List<Path> inputs;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws Exception {
        List<Article> corpus = new ArrayList<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void accept(Article article) {
                corpus.add(article);
            }

            @Override
            public void reject(Problem problem) {
                System.err.println(problem);
            }
        };
        for (Path p : inputs) {
            options.reader().read(p, sink);
        }
        if (corpus.isEmpty()) {
            System.err.println("tacitus: no articles to measure");
            return Tacitus.USAGE;
        }
        BenchReport report = new PipelineBenchmark(options.config(), Math.max(1, options.threads)).run(corpus);
        System.out.print(report.render());
        return 0;
    }
}
