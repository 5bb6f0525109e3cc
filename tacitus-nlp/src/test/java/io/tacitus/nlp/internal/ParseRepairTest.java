// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The post-parse repairs on hand-written graphs of the misparses they exist for, and on correct graphs they must
 * leave alone. Tokens are "word/TAG" or "word/TAG/lemma"; graphs are "relation governor dependent" triples; the
 * expected column lists triples the repaired graph must hold, or "unchanged".
 */
class ParseRepairTest {
    private static final Map<String, BiFunction<List<Token>, List<Dependency>, List<Dependency>>> REPAIRS = Map.of(
            "reduced", ReducedRelatives::repair,
            "auxiliary", LexicalAuxiliaries::repair,
            "auxless", AuxlessPassives::repair,
            "gerund", PrepositionalGerunds::repair);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            reduced   | Kenyan/JJ troops/NNS backed/VBN/back by/IN tanks/NNS pushed/VBD/push into/IN Somalia/NNP | root -1 5, amod 1 0, nsubj:pass 2 1, obl:by 2 4, case 4 3, csubj 5 2, obl:into 5 7, case 7 6 | nsubj 5 1, acl 1 2
            reduced   | Kenyan/JJ troops/NNS backed/VBN/back by/IN tanks/NNS pushed/VBD/push into/IN Somalia/NNP | root -1 5, amod 1 0, nsubj 2 1, obl:by 2 4, case 4 3, csubj 5 2, obl:into 5 7, case 7 6 | nsubj 5 1, acl 1 2
            reduced   | That/DT troops/NNS were/VBD/be backed/VBN/back by/IN tanks/NNS surprised/VBD/surprise nobody/NN | root -1 6, mark 3 0, nsubj:pass 3 1, aux:pass 3 2, obl:by 3 5, csubj 6 3, obj 6 7 | unchanged
            auxiliary | He/PRP denied/VBD/deny it/PRP and/CC threatened/VBD/threaten to/TO bring/VB down/RP buildings/NNS | root -1 1, nsubj 1 0, obj 1 2, conj:and 1 6, nsubj 6 0, cc 6 3, aux 6 4, mark 6 5, compound:prt 6 7, obj 6 8 | conj:and 1 4, xcomp 4 6, nsubj 4 0, nsubj:xsubj 6 0, cc 4 3, obj 6 8
            auxiliary | He/PRP ought/MD to/TO go/VB | root -1 3, nsubj 3 0, aux 3 1, mark 3 2 | unchanged
            auxiliary | He/PRP used/VBD/use to/TO go/VB | root -1 3, nsubj 3 0, aux 3 1, mark 3 2 | unchanged
            auxless   | Putin/NNP called/VBN/call it/PRP a/DT stab/NN by/IN traitors/NNS | root -1 1, nsubj:pass 1 0, xcomp 1 4, nsubj 4 2, obl:by 1 6 | nsubj 1 0
            auxless   | Putin/NNP was/VBD/be called/VBN/call by/IN Biden/NNP | root -1 2, nsubj:pass 2 0, aux:pass 2 1, obl:by 2 4 | unchanged
            gerund    | They/PRP responded/VBD/respond by/IN expelling/VBG/expel Bolivia/NNP 's/POS ambassador/NN | root -1 1, nsubj 1 0, obl:by 1 6, case 6 2, amod 6 3, nmod:poss 6 4, case 4 5 | advcl:by 1 3, obj 3 6, mark 3 2
            gerund    | They/PRP met/VBD/meet in/IN growing/VBG/grow numbers/NNS | root -1 1, nsubj 1 0, obl:in 1 4, case 4 2, amod 4 3 | unchanged
            """)
    void repairs_the_misparse_and_leaves_good_parses_alone(String repair, String tagged, String graph, String expected) {
        List<Dependency> in = graph(graph);
        List<Dependency> out = REPAIRS.get(repair).apply(tokens(tagged), in);
        if (expected.equals("unchanged")) {
            assertEquals(in, out);
        } else {
            assertTrue(out.containsAll(graph(expected)), out.toString());
        }
    }

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

    /** A graph written as "relation governor dependent" triples separated by commas: "root -1 1, nsubj 1 0". */
    private static List<Dependency> graph(String triples) {
        List<Dependency> out = new ArrayList<>();
        for (String triple : triples.split(", ")) {
            String[] p = triple.trim().split(" ");
            out.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        return List.copyOf(out);
    }
}
