// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding;

import io.tacitus.api.Fingerprint;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import io.tacitus.api.knowledge.TabularFile;
import io.tacitus.api.knowledge.TabularFile.Row;
import io.tacitus.coding.internal.Judgements;
import io.tacitus.coding.internal.StoryParties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event lexicon ({@code lexicon.tsv}, format in docs/LEXICON.md): predicates by lemma.
 * Immutable and thread-safe.
 */
public final class Lexicon {
    private static final Set<String> POS = Set.of("V", "N");
    private final Map<String, List<LexiconEntry>> verbs = new HashMap<>();
    private final Map<String, List<LexiconEntry>> nouns = new HashMap<>();
    private final List<LexiconEntry> entries = new ArrayList<>();
    private final Set<String> substantive = new HashSet<>();
    private final Set<String> answering = new HashSet<>();
    /**
     * Triggers that count only with one of their words: the object an entry requires ("held talks", not
     * "has held"), a verdict's words or a modal ("said ... unacceptable").
     */
    private final Map<String, Set<String>> keyed = new HashMap<>();
    private final String version;

    private Lexicon(List<Row> rows, CameoOntology ontology) {
        Set<String> ids = new HashSet<>();
        Fingerprint fingerprint = new Fingerprint();
        for (Row r : rows) {
            fingerprint.add(String.join("\t", r.cells()));
            LexiconEntry e = entry(r, ontology);
            if (!ids.add(e.id())) {
                throw r.error("duplicate lexicon id " + e.id());
            }
            entries.add(e);
            (e.noun() ? nouns : verbs).computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
            String key = (e.noun() ? "N:" : "V:") + e.lemma();
            boolean copy = e.flags().contains("kind"); // "followed suit" copies an act: no statement
            boolean keyedRow = e.readsClause() || (!e.objects().isEmpty() && (copy || !e.type().code().root().equals("01")));
            if (keyedRow) {
                keyed.computeIfAbsent(key, k -> new HashSet<>()).addAll(e.objects());
            } else if (copy || !e.type().code().root().equals("01") || !e.type().code().value().equals("010")) {
                substantive.add(key); // a denial (016) is a statement that is an event; "said" (010) is not
            }
            String value = e.type().code().value();
            // denials, apologies and answers to a wrong find their target in the document; so do reactions
            // ("France condemned the coup"), aimed at the story's other party (StoryParties)
            boolean reaction = StoryParties.REACTIONS.contains(e.type().code().root()) && !keyedRow;
            if (value.equals("016") || value.equals("055") || e.flags().contains("redress") || reaction) {
                answering.add(key);
            }
        }
        this.version = "lexicon-" + fingerprint.hex().substring(0, 10);
    }

    public static Lexicon bundled(CameoOntology ontology) {
        return new Lexicon(TabularFile.resource(Lexicon.class, "lexicon.tsv", 11), ontology);
    }

    private static LexiconEntry entry(Row r, CameoOntology ontology) {
        String pos = r.get(2);
        if (pos == null || !POS.contains(pos)) {
            throw r.error("pos must be V or N: " + pos);
        }
        String[] words = r.get(3) == null ? new String[0] : r.get(3).toLowerCase().split("\\s+");
        if (words.length < 1 || words.length > 2) {
            throw r.error("lemma must be one word, or two for a compound noun: " + r.get(3));
        }
        String code = r.get(1);
        if (code == null || code.length() < 3) {
            throw r.error("cameo code must have 3 or 4 digits: " + code);
        }
        List<String> targets = r.list(6);
        for (String t : targets) {
            if (!t.matches("[a-z_]+")) {
                throw r.error("bad target slot: " + t);
            }
        }
        return new LexiconEntry(r.get(0), ontology.require(code, r.file() + ":" + r.line()), pos.equals("N"),
                words[words.length - 1], words.length == 2 ? words[0] : null, r.get(4),
                new LinkedHashSet<>(lower(r.list(5))), targets, flags(r),
                new LexiconEntry.Example(r.get(10), r.get(8), r.get(9)));
    }

    private static final Set<String> FLAGS = Set.of("sym", "say", "target", "direct", "judge", "oblige", "react", "redress", "visit",
            "armed", "told", "given", "feel", "kind");

    /** Flags, separated by commas or bars; an unknown flag is an error naming the row. */
    private static Set<String> flags(Row r) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : r.get(7) == null ? new String[0] : r.get(7).split("[,|]")) {
            String flag = f.strip();
            if (!flag.isEmpty() && !FLAGS.contains(flag)) {
                throw r.error("unknown flag " + flag + " (known: " + FLAGS + ")");
            }
            if (!flag.isEmpty()) {
                out.add(flag);
            }
        }
        return out;
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>();
        words.forEach(w -> out.add(w.toLowerCase()));
        return out;
    }

    public List<LexiconEntry> verbs(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    /** The verb row of that lemma with that id ("accuse", "meet"), for rules that code an event of their own. */
    public Optional<LexiconEntry> verb(String lemma, String id) {
        return verbs(lemma).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<LexiconEntry> nouns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /**
     * Whether a tagged sentence has a word that may trigger an entry other than a plain statement (root
     * 01: "said", "told"); used to skip parsing. A sentence whose only event would be a statement is not
     * worth the parser's time (docs/PERFORMANCE.md measures what this costs).
     */
    public boolean mayTrigger(Sentence sentence) {
        Set<String> lemmas = null;
        for (Token t : sentence.tokens()) {
            String key = t.isVerb() ? "V:" + t.lemma() : t.isNoun() ? "N:" + t.lemma() : null;
            if (key == null) {
                continue;
            }
            if (substantive.contains(key)) {
                return true;
            }
            Set<String> words = keyed.get(key); // "held talks", "said ... unacceptable", "said ... must"
            if (words != null) {
                lemmas = lemmas == null ? lemmas(sentence) : lemmas;
                if (!Collections.disjoint(words, lemmas)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> lemmas(Sentence sentence) {
        Set<String> out = new HashSet<>();
        for (Token t : sentence.tokens()) {
            out.add(t.lemma().toLowerCase());
        }
        return out;
    }

    /**
     * Whether a tagged sentence has a definite event noun ("the meeting", "their talks") or a definite word
     * that stands for an event ("the move", "the incident": "called the incident an act of aggression").
     */
    public boolean mayReferToEvent(Sentence sentence) {
        var tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isNoun() && (substantive.contains("N:" + t.lemma()) || Judgements.REFERENCES.contains(t.lemma()))) {
                for (int j = Math.max(0, i - 4); j < i; j++) {
                    String w = tokens.get(j).word().toLowerCase();
                    if (w.equals("the") || tokens.get(j).tag().equals("PRP$")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a sentence holds a word whose event finds its target earlier in the document: "Iran denied any
     * involvement", "Baku apologised", "Sharif vowed to avenge every drop of blood" name one actor only.
     */
    public boolean mayAnswer(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (answering.contains(t.isVerb() ? "V:" + t.lemma() : "N:" + t.lemma())) {
                return true;
            }
        }
        return false;
    }

    public Collection<LexiconEntry> entries() {
        return List.copyOf(entries);
    }

    public String version() {
        return version;
    }
}
