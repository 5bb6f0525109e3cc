// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.Article;
import io.tacitus.api.ArticleSink;
import io.tacitus.api.Event;
import io.tacitus.api.Problem;
import io.tacitus.ingest.FileArticleReader;
import io.tacitus.ingest.ReaderOptions;
import io.tacitus.pipeline.CodingPipeline;
import io.tacitus.pipeline.Knowledge;
import io.tacitus.pipeline.PipelineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors on the project's gold files (eval/gold): the build fails if accuracy drops. The floors
 * sit just under the figures measured in docs/ACCURACY.md; raise them when accuracy rises.
 */
class GoldFloorTest {
    private static final Path GOLD = Path.of("..", "eval", "gold");
    private static Map<String, List<Event>> events;

    @BeforeAll
    static void codeAllGold() throws IOException {
        PipelineConfig config = PipelineConfig.defaults();
        CodingPipeline pipeline = CodingPipeline.create(config, Knowledge.load(config));
        events = new HashMap<>();
        FileArticleReader reader = new FileArticleReader(ReaderOptions.defaults());
        for (Path p : goldFiles()) {
            reader.read(p, new ArticleSink() {
                @Override
                public void accept(Article article) {
                    events.put(article.id(), pipeline.code(article).events());
                }

                @Override
                public void reject(Problem problem) {
                    throw new AssertionError("gold file unreadable: " + problem);
                }
            });
        }
    }

    private static List<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private static EvalReport score(List<Path> files) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        for (Path p : files) {
            docs.addAll(new GoldReader().read(p));
        }
        return new Scorer().score(docs, events);
    }

    /** The held-out files of these suffixes scored together: heldOut("w", "x") is heldout-w and heldout-x. */
    private static EvalReport heldOut(String... suffixes) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String x : suffixes) {
            files.add(GOLD.resolve("heldout-" + x + ".jsonl"));
        }
        return score(files);
    }

    @Test
    void seeds_gold_meets_its_targets() throws IOException {
        EvalReport r = score(List.of(GOLD.resolve("seeds-gold.jsonl")));
        assertTrue(r.f1() >= 0.85, r.render(true));
        assertEquals(0, r.forbidden(), r.render(true));
        assertTrue(r.dateAccuracy() >= 0.9, r.render(true));
    }

    @Test
    void own_gold_does_not_get_worse() throws IOException {
        List<Path> own = goldFiles().stream().filter(p -> !p.getFileName().toString().startsWith("seeds")
                && !p.getFileName().toString().startsWith("heldout")).toList();
        EvalReport r = score(own);
        assertTrue(r.f1() >= 0.85, r.render(true)); // the target of issue 4
        assertTrue(r.precision() >= 0.95, r.render(false));
        assertTrue(r.forbidden() <= 1, r.render(true));
        assertTrue(r.dateAccuracy() >= 0.9, r.render(true));
    }

    /**
     * The held-out files were written without running the engine and scored once as unseen news (docs/ACCURACY.md);
     * these floors, a little under their figures at the end of the third session, only guard against regressions.
     */
    @Test
    void held_out_gold_does_not_get_worse() throws IOException {
        EvalReport a = score(List.of(GOLD.resolve("heldout.jsonl")));
        assertTrue(a.f1() >= 0.68 && a.forbidden() == 0, a.render(true));
        EvalReport b = heldOut("b");
        assertTrue(b.f1() >= 0.60 && b.forbidden() == 0, b.render(true));
        EvalReport c = heldOut("c");
        assertTrue(c.f1() >= 0.60 && c.forbidden() == 0, c.render(true));
        EvalReport d = heldOut("d");
        assertTrue(d.f1() >= 0.58 && d.forbidden() == 0, d.render(true));
        // fourth session: e-i written before the session's work began, j and k near its end (scored once, unread)
        EvalReport later = heldOut("e", "f", "g", "h", "i");
        assertTrue(later.f1() >= 0.62 && later.forbidden() == 0, later.render(true));
        EvalReport jk = heldOut("j", "k");
        assertTrue(jk.f1() >= 0.70 && jk.forbidden() <= 1, jk.render(true));
    }

    /**
     * Fifth session: l-p written at its start (they also list domestic events), q-s near its end, t-v after its
     * last change to the engine (scored once, unread); a little under the ninth session's final figures (0.595,
     * 0.608 and 0.601), which read them as development files.
     */
    @Test
    void fifth_session_held_out_gold_does_not_get_worse() throws IOException {
        EvalReport early = heldOut("l", "m", "n", "o", "p");
        assertTrue(early.f1() >= 0.57 && early.forbidden() == 0, early.render(true));
        EvalReport late = heldOut("q", "r", "s");
        assertTrue(late.f1() >= 0.58 && late.forbidden() <= 1, late.render(true));
        EvalReport last = heldOut("t", "u", "v");
        assertTrue(last.f1() >= 0.58 && last.forbidden() == 0, last.render(true));
    }

    /**
     * Sixth session: w-z written at its start by helpers who never ran the engine, aa-ac after its last engine
     * change; scored on its starting and final code (0.527 and 0.564), never read in it. The seventh session read
     * them as development files (0.635 and 0.658 at its end; 0.654 and 0.722 at the ninth session's end); a little
     * under those figures.
     */
    @Test
    void sixth_session_held_out_gold_does_not_get_worse() throws IOException {
        EvalReport r = heldOut("w", "x", "y", "z");
        assertTrue(r.f1() >= 0.63 && r.forbidden() <= 2 && r.dateAccuracy() >= 0.77, r.render(true));
        EvalReport late = heldOut("aa", "ab", "ac");
        assertTrue(late.f1() >= 0.69 && late.forbidden() <= 2, late.render(true));
    }

    /**
     * Seventh session: ad-ag and ah-aj written at its start by helpers who never ran the engine, scored on its
     * starting code (0.539 and 0.531) and on its final code (0.564 and 0.530), never read. The eighth session read
     * them as development files (0.632 and 0.597 at its end; 0.646 and 0.607 at the ninth session's end); a little
     * under those figures.
     */
    @Test
    void seventh_session_held_out_gold_does_not_get_worse() throws IOException {
        EvalReport r = heldOut("ad", "ae", "af", "ag");
        assertTrue(r.f1() >= 0.62 && r.forbidden() <= 3 && r.dateAccuracy() >= 0.75, r.render(true));
        EvalReport late = heldOut("ah", "ai", "aj");
        assertTrue(late.f1() >= 0.58 && late.forbidden() <= 2, late.render(true));
    }

    /**
     * Eighth session: ak-an and ao-aq written at its start by helpers who never ran the engine, scored on its
     * starting code (0.575 together) and on its final code (0.593 together: 0.565 and 0.623), never read. The ninth
     * session read them as development files (0.608 and 0.689 at its end); a little under those figures.
     */
    @Test
    void eighth_session_held_out_gold_does_not_get_worse() throws IOException {
        EvalReport r = heldOut("ak", "al", "am", "an");
        assertTrue(r.f1() >= 0.58 && r.forbidden() <= 2 && r.dateAccuracy() >= 0.80, r.render(true));
        EvalReport late = heldOut("ao", "ap", "aq");
        assertTrue(late.f1() >= 0.65 && late.forbidden() <= 1, late.render(true));
    }

    /**
     * Ninth session: ar-at and au-ax written at its start by helpers who never ran the engine, scored on its
     * starting code (0.551 together) and on its final code (0.559 together: 0.554 and 0.564), never read. The tenth
     * session read them as development files (0.575 and 0.567 at its end); a little under those figures.
     */
    @Test
    void ninth_session_held_out_gold_does_not_get_worse() throws IOException {
        EvalReport r = heldOut("ar", "as", "at");
        assertTrue(r.f1() >= 0.53 && r.forbidden() <= 1 && r.dateAccuracy() >= 0.65, r.render(true));
        EvalReport late = heldOut("au", "av", "aw", "ax");
        assertTrue(late.f1() >= 0.54 && late.forbidden() <= 1 && late.dateAccuracy() >= 0.85, late.render(true));
    }

    /**
     * Tenth session: ay-ba and bb-be written at its start by helpers who never ran the engine, scored on its
     * starting code (0.536 together) and on its final code (0.543 together: 0.512 and 0.564), never read. The
     * eleventh session read them as development files (0.526 and 0.574 at its end); a little under those figures.
     */
    @Test
    void tenth_session_held_out_gold_does_not_get_worse() throws IOException {
        EvalReport r = heldOut("ay", "az", "ba");
        assertTrue(r.f1() >= 0.49 && r.forbidden() <= 2 && r.dateAccuracy() >= 0.80, r.render(true));
        EvalReport late = heldOut("bb", "bc", "bd", "be");
        assertTrue(late.f1() >= 0.54 && late.forbidden() <= 1 && late.dateAccuracy() >= 0.78, late.render(true));
    }

    /**
     * Eleventh session: bf-bh and bi-bl written at its start by helpers who never ran the engine, scored on its
     * starting code (0.515 together: 0.533 and 0.496) and on its final code (0.521 together: 0.542 and 0.500), never
     * read; a little under the final figures (regression guards only).
     */
    @Test
    void eleventh_session_held_out_gold_does_not_get_worse() throws IOException {
        EvalReport r = heldOut("bf", "bg", "bh");
        assertTrue(r.f1() >= 0.51 && r.forbidden() <= 2 && r.dateAccuracy() >= 0.78, r.render(true));
        EvalReport late = heldOut("bi", "bj", "bk", "bl");
        assertTrue(late.f1() >= 0.47 && late.forbidden() <= 4 && late.dateAccuracy() >= 0.80, late.render(true));
    }

    @Test
    void documents_with_nothing_to_code_stay_empty() throws IOException {
        EvalReport r = score(List.of(GOLD.resolve("empty.jsonl")));
        assertEquals(0, r.falsePositives(), r.render(true));
    }
}
