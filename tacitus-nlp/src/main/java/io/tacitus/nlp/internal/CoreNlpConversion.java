// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Converts CoreNLP's annotations into our records; nothing of CoreNLP leaves this package. */
public final class CoreNlpConversion {
    private CoreNlpConversion() {
    }

    public static Sentence sentence(String text, int index, CoreMap map) {
        List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(token(tokens.size(), l));
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, text.substring(begin, end), begin, tokens, List.of(), List.of(), false);
    }

    private static Token token(int index, CoreLabel l) {
        String word = l.originalText() != null ? l.originalText() : l.word();
        String tag = l.tag() == null ? "" : l.tag();
        String lemma = l.lemma() == null ? word : l.lemma();
        if (!tag.startsWith("NNP")) {
            lemma = lemma.toLowerCase(Locale.ROOT);
        }
        String ner = l.ner() == null ? "O" : l.ner();
        return new Token(index, word, lemma, tag, ner, l.beginPosition(), l.endPosition());
    }

    public static List<Dependency> dependencies(SemanticGraph g) {
        if (g == null) {
            return List.of();
        }
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            out.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
                continue;
            }
            out.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        return out;
    }
}
