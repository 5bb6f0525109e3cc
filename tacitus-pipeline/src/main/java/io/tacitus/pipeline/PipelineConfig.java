// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import io.tacitus.nlp.NlpOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * How to build a pipeline.
 *
 * @param nlp        CoreNLP options
 * @param actorFiles user actor files that add to or override the bundled knowledge
 * @param gate       parse only sentences that may mention an actor (measured in docs/PERFORMANCE.md)
 */
public record PipelineConfig(NlpOptions nlp, List<Path> actorFiles, boolean gate) {
    public PipelineConfig {
        actorFiles = List.copyOf(actorFiles);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(NlpOptions.defaults(), List.of(), true);
    }

    public PipelineConfig withActorFiles(List<Path> files) {
        return new PipelineConfig(nlp, files, gate);
    }

    public PipelineConfig withGate(boolean on) {
        return new PipelineConfig(nlp, actorFiles, on);
    }
}
