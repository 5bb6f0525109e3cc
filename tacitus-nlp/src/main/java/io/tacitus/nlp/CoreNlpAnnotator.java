// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.Article;
import io.tacitus.api.Sentence;
import io.tacitus.api.SentenceAnnotator;
import io.tacitus.nlp.internal.CoreNlpConversion;
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
 * <p>Not thread-safe: build one per thread. Models are loaded by CoreNLP once per JVM and shared.
 */
public final class CoreNlpAnnotator implements SentenceAnnotator {
    private final StanfordCoreNLP tagger;
    private final DependencyParseAnnotator parser;
    private final NlpOptions options;

    public CoreNlpAnnotator(NlpOptions options) {
        this.options = options;
        this.tagger = new StanfordCoreNLP(taggerProperties(options), false);
        Properties p = new Properties();
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        this.parser = new DependencyParseAnnotator(p);
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
        List<CoreMap> toParse = new ArrayList<>();
        List<Integer> parseIndex = new ArrayList<>();
        for (CoreMap map : maps) {
            Sentence s = CoreNlpConversion.sentence(article.text(), sentences.size(), map);
            sentences.add(s);
            List<CoreLabel> tokens = map.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= options.maxParseTokens() && parseGate.test(s)) {
                toParse.add(map);
                parseIndex.add(s.index());
            }
        }
        if (!toParse.isEmpty()) {
            Annotation sub = new Annotation(article.text());
            sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(sub);
            for (int i = 0; i < toParse.size(); i++) {
                int at = parseIndex.get(i);
                sentences.set(at, sentences.get(at).withDependencies(CoreNlpConversion.dependencies(toParse.get(i))));
            }
        }
        return new AnnotatedArticle(article, sentences);
    }
}
