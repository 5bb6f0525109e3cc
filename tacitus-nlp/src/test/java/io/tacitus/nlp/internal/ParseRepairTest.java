// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The post-parse repairs on hand-written graphs of the misparses they exist for, and on correct graphs they must leave alone. */
class ParseRepairTest {

    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int begin = 0;
        for (String wt : tagged.split(" ")) {
            String[] p = wt.split("/");
            out.add(new Token(out.size(), p[0], p.length > 2 ? p[2] : p[0].toLowerCase(), p[1], "O", begin, begin + p[0].length()));
            begin += p[0].length() + 1;
        }
        return out;
    }

    private static boolean has(List<Dependency> deps, String rel, int gov, int dep) {
        return deps.contains(new Dependency(rel, gov, dep));
    }

    @Test
    void passiveClauseAsSubjectBecomesModifier() {
        List<Token> t = tokens("Kenyan/JJ troops/NNS backed/VBN/back by/IN tanks/NNS pushed/VBD/push into/IN Somalia/NNP");
        List<Dependency> deps = List.of(new Dependency("root", -1, 5), new Dependency("amod", 1, 0),
                new Dependency("nsubj:pass", 2, 1), new Dependency("obl:by", 2, 4), new Dependency("case", 4, 3),
                new Dependency("csubj", 5, 2), new Dependency("obl:into", 5, 7), new Dependency("case", 7, 6));
        List<Dependency> out = ReducedRelatives.repair(t, deps);
        assertTrue(has(out, "nsubj", 5, 1), out.toString());
        assertTrue(has(out, "acl", 1, 2), out.toString());
        assertTrue(!has(out, "csubj", 5, 2), out.toString());
    }

    @Test
    void activeReadingOfReducedPassiveAsSubjectClause() {
        List<Token> t = tokens("Kenyan/JJ troops/NNS backed/VBN/back by/IN tanks/NNS pushed/VBD/push into/IN Somalia/NNP");
        List<Dependency> deps = List.of(new Dependency("root", -1, 5), new Dependency("amod", 1, 0),
                new Dependency("nsubj", 2, 1), new Dependency("obl:by", 2, 4), new Dependency("case", 4, 3),
                new Dependency("csubj", 5, 2), new Dependency("obl:into", 5, 7), new Dependency("case", 7, 6));
        List<Dependency> out = ReducedRelatives.repair(t, deps);
        assertTrue(has(out, "nsubj", 5, 1) && has(out, "acl", 1, 2), out.toString());
    }

    @Test
    void passiveClauseWithAuxiliaryIsLeftAlone() {
        List<Token> t = tokens("That/DT troops/NNS were/VBD/be backed/VBN/back by/IN tanks/NNS surprised/VBD/surprise nobody/NN");
        List<Dependency> deps = List.of(new Dependency("root", -1, 6), new Dependency("mark", 3, 0),
                new Dependency("nsubj:pass", 3, 1), new Dependency("aux:pass", 3, 2), new Dependency("obl:by", 3, 5),
                new Dependency("csubj", 6, 3), new Dependency("obj", 6, 7));
        assertEquals(deps, ReducedRelatives.repair(t, deps));
    }

    @Test
    void fullVerbReadAsAuxiliaryHeadsItsClauseAgain() {
        List<Token> t = tokens("He/PRP denied/VBD/deny it/PRP and/CC threatened/VBD/threaten to/TO bring/VB down/RP buildings/NNS");
        List<Dependency> deps = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
                new Dependency("obj", 1, 2), new Dependency("conj:and", 1, 6), new Dependency("nsubj", 6, 0),
                new Dependency("cc", 6, 3), new Dependency("aux", 6, 4), new Dependency("mark", 6, 5),
                new Dependency("compound:prt", 6, 7), new Dependency("obj", 6, 8));
        List<Dependency> out = LexicalAuxiliaries.repair(t, deps);
        assertTrue(has(out, "conj:and", 1, 4), out.toString());
        assertTrue(has(out, "xcomp", 4, 6), out.toString());
        assertTrue(has(out, "nsubj", 4, 0) && has(out, "nsubj:xsubj", 6, 0), out.toString());
        assertTrue(has(out, "cc", 4, 3) && has(out, "obj", 6, 8), out.toString());
    }

    @Test
    void rootPassiveWithoutAuxiliaryIsActive() {
        List<Token> t = tokens("Putin/NNP called/VBN/call it/PRP a/DT stab/NN by/IN traitors/NNS");
        List<Dependency> deps = List.of(new Dependency("root", -1, 1), new Dependency("nsubj:pass", 1, 0),
                new Dependency("xcomp", 1, 4), new Dependency("nsubj", 4, 2), new Dependency("obl:by", 1, 6));
        assertTrue(has(AuxlessPassives.repair(t, deps), "nsubj", 1, 0));
        List<Dependency> real = List.of(new Dependency("root", -1, 2), new Dependency("nsubj:pass", 2, 0),
                new Dependency("aux:pass", 2, 1), new Dependency("obl:by", 2, 4));
        List<Token> passive = tokens("Putin/NNP was/VBD/be called/VBN/call by/IN Biden/NNP");
        assertEquals(real, AuxlessPassives.repair(passive, real));
    }

    @Test
    void gerundAfterPrepositionIsAClause() {
        List<Token> t = tokens("They/PRP responded/VBD/respond by/IN expelling/VBG/expel Bolivia/NNP 's/POS ambassador/NN");
        List<Dependency> deps = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
                new Dependency("obl:by", 1, 6), new Dependency("case", 6, 2), new Dependency("amod", 6, 3),
                new Dependency("nmod:poss", 6, 4), new Dependency("case", 4, 5));
        List<Dependency> out = PrepositionalGerunds.repair(t, deps);
        assertTrue(has(out, "advcl:by", 1, 3) && has(out, "obj", 3, 6) && has(out, "mark", 3, 2), out.toString());
        List<Token> adjective = tokens("They/PRP met/VBD/meet in/IN growing/VBG/grow numbers/NNS");
        List<Dependency> plain = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
                new Dependency("obl:in", 1, 4), new Dependency("case", 4, 2), new Dependency("amod", 4, 3));
        assertEquals(plain, PrepositionalGerunds.repair(adjective, plain));
    }

    @Test
    void modalAuxiliaryIsLeftAlone() {
        List<Token> t = tokens("He/PRP ought/MD to/TO go/VB");
        List<Dependency> deps = List.of(new Dependency("root", -1, 3), new Dependency("nsubj", 3, 0),
                new Dependency("aux", 3, 1), new Dependency("mark", 3, 2));
        assertEquals(deps, LexicalAuxiliaries.repair(t, deps));
        List<Token> used = tokens("He/PRP used/VBD/use to/TO go/VB");
        assertEquals(deps, LexicalAuxiliaries.repair(used, deps));
    }
}
