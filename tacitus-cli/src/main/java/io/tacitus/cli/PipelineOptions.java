// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.ingest.FileArticleReader;
import io.tacitus.ingest.ReaderOptions;
import io.tacitus.nlp.NlpOptions;
import io.tacitus.pipeline.BatchCoder;
import io.tacitus.pipeline.CodingPipeline;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.pipeline.PipelineConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that code articles. */
final class PipelineOptions {
    @Option(names = "--date", description = "Publication date (YYYY-MM-DD) of .txt articles.")
    LocalDate date;

    @Option(names = "--actors", description = "Actor file that adds or overrides entries (docs/ACTORS.md); repeatable.")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--threads", description = "Coding threads (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--parse-all", description = "Parse every sentence, even those that mention no actor.")
    boolean parseAll;

    @Option(names = "--ner", negatable = true, description = "Run CoreNLP's 3-class NER (default: ${DEFAULT-VALUE}).")
    boolean ner = NlpOptions.defaults().ner();

    @Option(names = "--max-chars", description = "Longest article accepted, in characters (default ${DEFAULT-VALUE}).")
    int maxChars = ReaderOptions.DEFAULT_MAX_CHARS;

    PipelineConfig config() {
        NlpOptions nlp = new NlpOptions(ner, NlpOptions.defaults().maxParseTokens());
        return new PipelineConfig(nlp, actors, !parseAll);
    }

    FileArticleReader reader() {
        return new FileArticleReader(new ReaderOptions(date, maxChars));
    }

    BatchCoder coder(Knowledge knowledge) {
        PipelineConfig config = config();
        return new BatchCoder(Math.max(1, threads), () -> CodingPipeline.create(config, knowledge));
    }
}
