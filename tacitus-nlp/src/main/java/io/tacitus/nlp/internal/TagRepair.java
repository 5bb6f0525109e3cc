// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs a tagging error that breaks the parse of event nouns: CoreNLP tags "downing" in "called the downing
 * a stab in the back" as a verb (VBG), and the parser then builds the sentence around it. A gerund right after
 * a determiner or possessive, and not itself modifying a noun, is a noun ("the bombing of", "its killing"); so is a
 * base verb between an adjective or determiner and a modal or finite verb ("any Israeli counterattack would"). A
 * capitalised verb between a comma or a name and another name is part of the name ("Said Abdullo Nuri"); a
 * participle after a subject and a floating quantifier is the finite verb ("Germany and France each expelled"),
 * and so is one after "X's military" ("Myanmar's military seized power").
 */
public final class TagRepair {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "'s", "'");

    /** Words after which a base-form verb cannot stand: "any counterattack", "Israel's counterattack". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "any", "every", "no", "'s");

    /** Quantifiers that float after a subject: "the two countries each expelled". */
    private static final Set<String> FLOATING = Set.of("each", "both", "all");

    private TagRepair() {
    }

    /** Retags such gerunds as singular nouns, with the word as lemma; returns how many were retagged. */
    public static int repair(List<CoreLabel> tokens) {
        int n = 0;
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : ".";
            boolean modifier = next.startsWith("NN") || next.startsWith("JJ") || next.equals("VBG") || next.equals("CD");
            if ("VBG".equals(t.tag()) && DETERMINERS.contains(before) && !modifier) {
                t.setTag("NN");
                t.setLemma(t.word().toLowerCase(Locale.ROOT));
                n++;
            }
            // "any Israeli counterattack would meet": a base verb between an adjective or determiner and a
            // modal or finite verb is the noun the clause is about
            boolean finiteNext = next.equals("MD") || next.equals("VBZ") || next.equals("VBD");
            String beforeTag = tokens.get(i - 1).tag();
            boolean article = ARTICLES.contains(before); // "Israel's counterattack on"
            boolean nounNext = next.equals("NN") || next.equals("NNS"); // "an American drone strike"
            boolean adjective = beforeTag.equals("JJ") || beforeTag.equals("DT");
            boolean drone = t.word().equalsIgnoreCase("drone") && nounNext; // "an American drone strike"
            if ("VB".equals(t.tag()) && (article || drone || (finiteNext || nounNext) && adjective)) {
                t.setTag("NN");
                t.setLemma(t.word().toLowerCase(Locale.ROOT));
                n++;
            }
            // "Germany and France each expelled dozens of diplomats": after a floating quantifier that follows
            // the subject, a participle is the finite verb
            boolean subjectBefore = i >= 2 && (tokens.get(i - 2).tag().startsWith("NN") || tokens.get(i - 2).tag().equals("PRP"));
            if ("VBN".equals(t.tag()) && FLOATING.contains(before) && subjectBefore) {
                t.setTag("VBD");
                n++;
            }
            // "Myanmar's military seized power": after a possessive, "military" is the army and the participle its verb
            boolean army = t.word().equalsIgnoreCase("military") && "JJ".equals(t.tag()) && before.equals("'s")
                    && (next.equals("VBN") || next.equals("VBD"));
            if (army) {
                t.setTag("NN");
                tokens.get(i + 1).setTag("VBD");
                n++;
            }
            // "the opposition leader, Said Abdullo Nuri, signed": a capitalised verb inside a name is part of it
            boolean capital = Character.isUpperCase(t.word().charAt(0));
            boolean nameAround = ("NNP".equals(tokens.get(i - 1).tag()) || ",".equals(before)) && "NNP".equals(next);
            // "Prime Minister Menachem Begin announced": a capitalised base verb after a name ends it
            boolean nameEnd = "NNP".equals(tokens.get(i - 1).tag()) && "VB".equals(t.tag());
            if (capital && t.tag().startsWith("VB") && (nameAround || nameEnd)) {
                t.setTag("NNP");
                t.setLemma(t.word());
                n++;
            }
        }
        return n;
    }
}
