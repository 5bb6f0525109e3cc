// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.Article;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.api.SentenceAnnotator;
import io.tacitus.nlp.internal.AuxlessPassives;
import io.tacitus.nlp.internal.CommaObjects;
import io.tacitus.nlp.internal.CoreNlpConversion;
import io.tacitus.nlp.internal.FreeRelatives;
import io.tacitus.nlp.internal.LexicalAuxiliaries;
import io.tacitus.nlp.internal.ObjectOrigins;
import io.tacitus.nlp.internal.PrepositionalGerunds;
import io.tacitus.nlp.internal.QuantityRecipients;
import io.tacitus.nlp.internal.SubordinateSubjects;
import io.tacitus.nlp.internal.ReducedRelatives;
import io.tacitus.nlp.internal.RelativeSubjects;
import io.tacitus.nlp.internal.TagRepair;
import io.tacitus.nlp.internal.TrailingParticiples;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Stanford CoreNLP behind our {@link SentenceAnnotator}: tokenizer, sentence splitter, POS tagger,
 * lemmatiser and (optionally) the 3-class CRF NER on every sentence; the neural dependency parser
 * (enhanced++ UD) only on the sentences the gate lets through. No SUTime and no fine-grained NER:
 * they cost ~90 % of CoreNLP's default time (docs/PERFORMANCE.md).
 *
 * <p>Not thread-safe: build one per thread. The tagger's models are loaded by CoreNLP once per JVM; pass the
 * same {@link DependencyParserModel} to every thread's annotator.
 */
public final class CoreNlpAnnotator implements SentenceAnnotator {
    private final StanfordCoreNLP tagger;
    private final DependencyParserModel parser;
    private final NlpOptions options;

    /** An annotator sharing {@code parser} (thread-safe, loaded once) with the other threads' annotators. */
    public CoreNlpAnnotator(NlpOptions options, DependencyParserModel parser) {
        this.options = options;
        this.tagger = new StanfordCoreNLP(taggerProperties(options), false);
        this.parser = parser;
    }

    /** An annotator with a parser of its own (about 2 s to load). */
    public CoreNlpAnnotator(NlpOptions options) {
        this(options, DependencyParserModel.load());
    }

    static Properties taggerProperties(NlpOptions options) {
        Properties p = new Properties();
        p.setProperty("annotators", options.ner() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    @Override
    public AnnotatedArticle annotate(Article article, Predicate<Sentence> parseGate) {
        Annotation doc = new Annotation(article.text());
        tagger.annotate(doc);
        List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(maps.size());
        for (CoreMap map : maps) {
            List<CoreLabel> tokens = map.get(CoreAnnotations.TokensAnnotation.class);
            TagRepair.repair(tokens); // "called the downing a stab in the back": a noun, not a verb
            Sentence s = CoreNlpConversion.sentence(article.text(), sentences.size(), map);
            if (tokens.size() <= options.maxParseTokens() && parseGate.test(s)) {
                // "struck what Pretoria called ANC bases": the named bases are what was struck
                List<Dependency> deps = CoreNlpConversion.dependencies(parser.parse(map));
                // "Rebels backed by Rwanda seized Goma": the rebels seized it
                deps = ReducedRelatives.repair(s.tokens(), FreeRelatives.repair(s.tokens(), deps));
                // "denied any role and threatened to bring down buildings": "threatened" is no auxiliary
                deps = LexicalAuxiliaries.repair(s.tokens(), deps);
                // "Putin called the downing a stab in the back by ...": no passive without "be"
                deps = AuxlessPassives.repair(s.tokens(), deps);
                // "responded by expelling Bolivia's ambassador": the gerund is a clause, not an adjective
                deps = PrepositionalGerunds.repair(s.tokens(), deps);
                // "ended after Brazil and Argentina blocked a call": the countries blocked it
                deps = SubordinateSubjects.repair(s.tokens(), deps);
                // "accused soldiers from the Central African Republic of ...": the soldiers are from there
                deps = ObjectOrigins.repair(s.tokens(), deps);
                // "Sanaa, which has long accused Iran of ...": Sanaa accused, Iran is the object
                deps = RelativeSubjects.repair(s.tokens(), deps);
                // "expelled the envoy, Michael Green, accusing him of ...": Fiji accused him, not the envoy
                deps = TrailingParticiples.repair(s.tokens(), deps);
                // "landed in Kathmandu, the first foreign help to reach Nepal": a comment, not an object
                deps = CommaObjects.repair(s.tokens(), deps);
                // "offered Ankara billions of dollars": Ankara receives them
                deps = QuantityRecipients.repair(s.tokens(), deps);
                s = s.withDependencies(deps);
            }
            sentences.add(s);
        }
        return new AnnotatedArticle(article, sentences);
    }
}
