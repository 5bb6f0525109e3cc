// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.api.CodedArticle;
import io.tacitus.api.Event;
import io.tacitus.api.Problem;
import io.tacitus.eval.EvalReport;
import io.tacitus.eval.GoldDocument;
import io.tacitus.eval.GoldReader;
import io.tacitus.eval.Scorer;
import io.tacitus.pipeline.BatchCoder;
import io.tacitus.pipeline.BatchListener;
import io.tacitus.pipeline.Knowledge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus eval GOLD...}: codes gold documents and scores them (eval/README.md rules). */
@Command(name = "eval", description = "Code gold files and print precision, recall, F1, forbidden events, date accuracy.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "gold .jsonl files")
    List<Path> gold;

    @Option(names = "--misses", description = "List every miss and false positive with its sentence.")
    boolean misses;

    @Option(names = "--min-f1", description = "Exit 1 when overall F1 is below this floor (for CI).")
    double minF1 = 0;

    @Option(names = "--each", description = "Also report each gold file on its own.")
    boolean each;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws Exception {
        List<GoldDocument> docs = new ArrayList<>();
        GoldReader reader = new GoldReader();
        for (Path p : gold) {
            docs.addAll(reader.read(p));
        }
        Map<String, List<Event>> events = new HashMap<>();
        Knowledge knowledge = Knowledge.load(options.config());
        try (BatchCoder coder = options.coder(knowledge)) {
            coder.run(options.reader(), gold, new BatchListener() {
                @Override
                public void coded(CodedArticle article) {
                    events.computeIfAbsent(article.article().id(), k -> new ArrayList<>()).addAll(article.events());
                }

                @Override
                public void problem(Problem problem) {
                    System.err.println(problem);
                }
            });
        }
        Scorer scorer = new Scorer();
        if (each) {
            for (Path p : gold) {
                List<GoldDocument> part = docs.stream().filter(d -> d.file().equals(p.toString())).toList();
                System.out.println("== " + p + " (" + part.size() + " documents)");
                System.out.print(scorer.score(part, events).render(false));
            }
            System.out.println("== all (" + docs.size() + " documents)");
        }
        EvalReport report = scorer.score(docs, events);
        System.out.print(report.render(misses));
        return report.f1() < minF1 ? Tacitus.SOME_FAILED : 0;
    }
}
