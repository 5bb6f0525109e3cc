// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.pipeline.BatchCoder;
import io.tacitus.pipeline.BatchSummary;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.StoreListener;
import io.tacitus.store.StoreResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus ingest INPUT...}: codes articles and stores them with their deduplicated events. */
@Command(name = "ingest", description = "Code articles and store articles, sentences, events and mentions in the "
        + "event store (docs/STORE.md). Articles already stored (same id or same text) are skipped.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt file, .jsonl file or directory")
    List<Path> inputs;

    @Option(names = "--quiet", description = "Do not report each article.")
    boolean quiet;

    @Mixin
    StoreOptions store;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Knowledge knowledge = Knowledge.load(options.config());
        try (DuckDbEventStore db = store.openOrCreate(); BatchCoder coder = options.coder(knowledge)) {
            StoreListener listener = new StoreListener(db, r -> {
                if (!quiet) {
                    err.println(describe(r));
                }
            }, err::println);
            BatchSummary summary = coder.run(options.reader(), inputs, listener);
            err.println(summary);
            System.out.println(listener.summary());
            System.out.println(db.path() + ": " + db.counts());
            return summary.failed() > 0 ? Tacitus.SOME_FAILED : 0;
        }
    }

    private static String describe(StoreResult r) {
        return switch (r.outcome()) {
            case STORED -> "stored " + r.articleId() + ": " + r.mentions() + " mentions, " + r.newEvents()
                    + " new events, " + r.mergedInto() + " existing events updated";
            case DUPLICATE_ID -> "skipped " + r.articleId() + ": an article with this id is already stored";
            case DUPLICATE_TEXT -> "skipped " + r.articleId() + ": an article with the same text is already stored";
        };
    }
}
