// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import io.tacitus.api.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternTimeTaggerTest {
    private final PatternTimeTagger tagger = new PatternTimeTagger();

    /** An unparsed sentence from "word/TAG" pairs. */
    static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        StringBuilder text = new StringBuilder();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), wt.substring(slash + 1), "O", offset, offset + w.length()));
            text.append(w).append(' ');
            offset += w.length() + 1;
        }
        return new Sentence(0, text.toString().strip(), 0, tokens, List.of(), List.of(), false);
    }

    private String tag(String tagged, String reference) {
        return tagger.tag(sentence(tagged), LocalDate.parse(reference)).stream()
                .map(t -> t.text() + "=" + t.value()).collect(Collectors.joining(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They/PRP met/VBD on/IN Sunday/NNP ./.                        | 2016-11-20 | Sunday=2016-11-20",
        "They/PRP met/VBD on/IN Friday/NNP ./.                        | 2016-11-20 | Friday=2016-11-18",
        "The/DT June/NNP 28/CD meeting/NN                            | 2019-06-29 | June 28=2019-06-28",
        "in/IN November/NNP 2018/CD                                  | 2019-06-29 | November 2018=2018-11",
        "Russia/NNP 's/POS 2014/CD annexation/NN                      | 2019-06-29 | 2014=2014",
        "on/IN 28/CD June/NNP 2019/CD                                | 2019-07-01 | 28 June 2019=2019-06-28",
        "on/IN June/NNP 28/CD ,/, 2019/CD                            | 2019-07-01 | June 28 , 2019=2019-06-28",
        "a/DT summit/NN in/IN July/NNP                               | 2019-06-29 | July=2018-07",
        "talks/NNS yesterday/NN                                      | 2019-06-29 | yesterday=2019-06-28",
        "earlier/RBR this/DT year/NN                                 | 2019-06-29 | earlier this year=2019",
        "last/JJ month/NN                                            | 2019-01-10 | last month=2018-12",
        "He/PRP may/MD go/VB                                         | 2019-06-29 | ''",
        "criticised/VBD the/DT following/VBG day/NN                   | 2023-05-31 | the following day=2023-06-01",
        "met/VBD the/DT previous/JJ day/NN                           | 2023-05-31 | the previous day=2023-05-30",
        "the/DT day/NN before/IN                                     | 2023-05-31 | ''",
    })
    void finds_and_normalises(String tagged, String reference, String expected) {
        assertEquals(expected, tag(tagged, reference));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2/CD 000/CD troops/NNS", "1,200/CD troops/NNS", "the/DT 80-minute/JJ meeting/NN"})
    void ignores_numbers_that_are_not_dates(String tagged) {
        List<TimeExpression> found = tagger.tag(sentence(tagged), LocalDate.parse("2019-06-29"));
        assertTrue(found.isEmpty(), found.toString());
    }
}
