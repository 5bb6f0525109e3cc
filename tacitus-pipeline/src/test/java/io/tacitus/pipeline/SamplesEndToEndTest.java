// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.Article;
import io.tacitus.api.CodedArticle;
import io.tacitus.api.DateSource;
import io.tacitus.api.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the bundled sample articles (examples/): real events, real actors, real dates. */
class SamplesEndToEndTest {
    private static CodingPipeline pipeline;
    private static CodedArticle apec;
    private static CodedArticle osaka;

    @BeforeAll
    static void codeSamples() throws IOException {
        PipelineConfig config = PipelineConfig.defaults();
        pipeline = CodingPipeline.create(config, Knowledge.load(config));
        apec = pipeline.code(sample("2016-11-20-apec-lima.txt", "2016-11-20"));
        osaka = pipeline.code(sample("2019-06-29-g20-osaka.txt", "2019-06-29"));
    }

    private static Article sample(String file, String date) throws IOException {
        Path p = Path.of("..", "examples", file);
        return Article.of(file, Files.readString(p), LocalDate.parse(date));
    }

    private static boolean has(CodedArticle a, Predicate<Event> test) {
        return a.events().stream().anyMatch(test);
    }

    private static Predicate<Event> dyad(String src, String tgt, String root) {
        return e -> e.target() != null && src.equals(e.source().code().country())
                && tgt.equals(e.target().code().country()) && e.type().code().root().equals(root);
    }

    @Test
    void obama_putin_talk_on_sunday_2016_11_20() {
        assertTrue(has(apec, dyad("USA", "RUS", "04").or(dyad("RUS", "USA", "04"))
                .and(e -> e.date() != null && e.date().toString().equals("2016-11-20")
                        && e.dateSource() == DateSource.TEXT)), apec.events().toString());
    }

    @Test
    void obama_is_usagov_in_2016() {
        assertTrue(has(apec, e -> "Barack Obama".equals(e.source().name()) && e.source().code().value().equals("USAGOV")),
                apec.events().toString());
    }

    @Test
    void us_sanctions_on_russia() {
        assertTrue(has(apec, dyad("USA", "RUS", "16")), apec.events().toString());
    }

    @Test
    void no_place_becomes_a_target() {
        assertFalse(has(apec, e -> e.target() != null && "PER".equals(e.target().code().country())));
        assertFalse(has(osaka, e -> e.target() != null && "JPN".equals(e.target().code().country())));
        assertFalse(has(osaka, e -> e.target() != null && "ARG".equals(e.target().code().country())));
    }

    @Test
    void annexation_of_crimea_dated_2014() {
        assertTrue(has(osaka, dyad("RUS", "UKR", "19").or(dyad("RUS", "UKR", "17"))
                .and(e -> e.date() != null && e.date().toString().equals("2014"))), osaka.events().toString());
    }

    @Test
    void the_lima_and_osaka_meetings_carry_their_places_with_coordinates() {
        assertTrue(has(apec, dyad("USA", "RUS", "04").and(e -> e.location() != null
                && "Lima".equals(e.location().name()) && "PER".equals(e.location().country())
                && e.location().lat() != null)), apec.events().toString());
        assertTrue(has(osaka, dyad("USA", "RUS", "04").and(e -> e.location() != null
                && "Osaka".equals(e.location().name()) && "JPN".equals(e.location().country())
                && e.location().lat() != null)), osaka.events().toString());
    }

    @Test
    void a_dateline_places_the_events_of_the_day_only() {
        CodedArticle a = pipeline.code(Article.of("d", "OSAKA, June 29 — Trump met Putin on Saturday. "
                + "Russia seized two Ukrainian vessels in November 2018.", LocalDate.of(2019, 6, 29)));
        assertTrue(has(a, dyad("USA", "RUS", "04").and(e -> e.location() != null && "JPN".equals(e.location().country()))),
                a.events().toString());
        assertFalse(has(a, e -> "2018-11".equals(String.valueOf(e.date())) && e.location() != null), a.events().toString());
    }

    @Test
    void trump_is_eli_in_2016_and_gov_in_2019() {
        assertTrue(has(apec, e -> e.target() != null && "person:donald-trump".equals(e.target().entityId())
                && e.target().code().value().equals("USAELI")), apec.events().toString());
        assertTrue(has(osaka, e -> "person:donald-trump".equals(e.source().entityId())
                && e.source().code().value().equals("USAGOV")), osaka.events().toString());
    }

    @Test
    void every_event_has_provenance() {
        for (Event e : List.copyOf(osaka.events())) {
            assertFalse(e.provenance().rule().isBlank());
            assertFalse(e.provenance().trigger().isBlank());
            assertTrue(e.provenance().sentenceText().length() > 0);
        }
    }
}
