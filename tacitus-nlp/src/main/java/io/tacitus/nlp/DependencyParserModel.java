// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (english_UD), loaded once and shared by every thread's
 * {@link CoreNlpAnnotator}: prediction keeps no state between sentences, and the classifier's cache
 * of hidden-layer activations is synchronised by CoreNLP.
 *
 * <p>Two measured choices (docs/PERFORMANCE.md): the activation cache holds {@value #CACHED_FEATURES}
 * entries instead of CoreNLP's 5,000 (about 200 MB; parsing is 1.4 times faster on the benchmark
 * corpus), and only the enhanced++ graph that the coder reads is built, not the four other graphs
 * CoreNLP's {@code DependencyParseAnnotator} makes for every sentence.
 */
public final class DependencyParserModel {
    static final int CACHED_FEATURES = 50_000;
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final DependencyParser parser;

    private DependencyParserModel(DependencyParser parser) {
        this.parser = parser;
    }

    /** Loads the model from the CoreNLP models jar on the class path (about 2 s). */
    public static DependencyParserModel load() {
        Properties p = new Properties();
        p.setProperty("numCached", Integer.toString(CACHED_FEATURES));
        return new DependencyParserModel(DependencyParser.loadFromModelFile(MODEL, p));
    }

    /** The enhanced++ UD graph of a tokenised, POS-tagged sentence. Thread-safe. */
    SemanticGraph parse(CoreMap sentence) {
        GrammaticalStructure structure = parser.predict(sentence);
        return SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
    }
}
