// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.api.CodedArticle;
import io.tacitus.api.Problem;
import io.tacitus.pipeline.BatchCoder;
import io.tacitus.pipeline.BatchListener;
import io.tacitus.pipeline.BatchSummary;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.pipeline.output.EventWriter;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus code INPUT...}: codes articles and writes one record per event. */
@Command(name = "code", description = "Code articles (.txt, .jsonl or directories) into events.")
final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt file, .jsonl file or directory")
    List<Path> inputs;

    @Option(names = "--format", description = "jsonl (default) or csv")
    String format = "jsonl";

    @Option(names = "--out", description = "Output file (default: standard output).")
    Path out;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Knowledge knowledge = Knowledge.load(options.config());
        try (OutputStream os = out == null ? new NonClosing(System.out) : new FileOutputStream(out.toFile());
             EventWriter writer = EventWriter.of(format, os);
             BatchCoder coder = options.coder(knowledge)) {
            BatchSummary summary = coder.run(options.reader(), inputs, new BatchListener() {
                @Override
                public void coded(CodedArticle article) throws Exception {
                    writer.write(article.events());
                }

                @Override
                public void problem(Problem problem) {
                    err.println(problem);
                }
            });
            err.println(summary);
            return summary.failed() > 0 ? Tacitus.SOME_FAILED : 0;
        }
    }

    /** Standard output must stay open after the writer is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
