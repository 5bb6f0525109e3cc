// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.Article;
import io.tacitus.api.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The hard sentences, one case per line of phenomena.tsv: passive voice, conjunctions, control,
 * reported speech, nominal events, negation, modality, conditionals, questions, relative clauses,
 * symmetric and reciprocal events, dates and in-document reference.
 */
class PhenomenaTest {
    private static CodingPipeline pipeline;

    @BeforeAll
    static void load() {
        PipelineConfig config = PipelineConfig.defaults();
        pipeline = CodingPipeline.create(config, Knowledge.load(config));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "phenomena.tsv", delimiter = '\t', lineSeparator = "\n", quoteCharacter = '\u0000')
    void codes_the_phenomenon(String name, String date, String text, String expected, String forbidden) {
        List<Event> events = pipeline.code(Article.of(name, text, LocalDate.parse(date))).events();
        String got = events.stream().map(PhenomenaTest::describe).collect(Collectors.joining(" "));
        for (String want : split(expected)) {
            assertTrue(events.stream().anyMatch(e -> matches(e, want)), name + ": expected " + want + ", got " + got);
        }
        for (String not : split(forbidden)) {
            assertTrue(events.stream().noneMatch(e -> matches(e, not)), name + ": forbidden " + not + ", got " + got);
        }
    }

    private static List<String> split(String s) {
        return s == null || s.equals("-") ? List.of() : List.of(s.split(";"));
    }

    /** "SRC>TGT:RR" or "SRC>TGT:RR@DATE" (date by prefix). */
    private static boolean matches(Event e, String spec) {
        String[] dated = spec.split("@");
        String[] dyad = dated[0].split("[>:]");
        boolean dyadOk = e.target() != null && dyad[0].equals(e.source().code().country())
                && dyad[1].equals(e.target().code().country()) && dyad[2].equals(e.type().code().root());
        return dyadOk && (dated.length == 1 || (e.date() != null && e.date().toString().startsWith(dated[1])));
    }

    private static String describe(Event e) {
        return e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + ":" + e.type().code()
                + "@" + e.date() + "(" + e.provenance().rule() + ")";
    }
}
