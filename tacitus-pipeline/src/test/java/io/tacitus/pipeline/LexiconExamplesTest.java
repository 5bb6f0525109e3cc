// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.Article;
import io.tacitus.api.Event;
import io.tacitus.coding.DependencyPatternCoder;
import io.tacitus.coding.LexiconEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every lexicon entry carries an example sentence and the source and target countries it must yield:
 * the whole pipeline codes each example and the entry must fire on it with those actors.
 */
class LexiconExamplesTest {
    private static Knowledge knowledge;
    private static CodingPipeline pipeline;
    private static DependencyPatternCoder coder;

    /** Every sentence is parsed: this tests the entries, not the parse gate (which skips statement-only sentences). */
    @BeforeAll
    static void load() {
        PipelineConfig config = PipelineConfig.defaults().withGate(false);
        knowledge = Knowledge.load(config);
        pipeline = CodingPipeline.create(config, knowledge);
        coder = ((DependencyPatternCoder) knowledge.coder()).withStatements();
    }

    @Test
    void every_entry_fires_on_its_own_example_with_its_actors() {
        List<String> failures = new ArrayList<>();
        int tested = 0;
        for (LexiconEntry e : knowledge.lexicon().entries()) {
            if (e.example().text() == null) {
                failures.add(e.id() + ": no example");
                continue;
            }
            tested++;
            // plain statements (010) are not emitted as events; the coder that emits them tests their rows
            AnnotatedArticle annotated = pipeline.annotate(Article.of(e.id(), e.example().text(), LocalDate.of(2020, 6, 15)));
            List<Event> events = coder.code(annotated, knowledge.recognizer().recognize(annotated));
            if (!fired(events, e)) {
                failures.add(e.id() + ": \"" + e.example().text() + "\" gave " + describe(events));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + tested + " examples fail:\n"
                + String.join("\n", failures));
    }

    private static boolean fired(List<Event> events, LexiconEntry e) {
        for (Event ev : events) {
            if (!ev.provenance().rule().startsWith(e.id())) {
                continue;
            }
            boolean source = e.example().source() == null || e.example().source().equals(ev.source().code().country());
            String target = ev.target() == null ? null : ev.target().code().country();
            boolean targetOk = e.example().target() == null || e.example().target().equals(target);
            if (source && targetOk) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event ev : events) {
            out.add(ev.provenance().rule() + " " + ev.source().code() + "->" + (ev.target() == null ? "-" : ev.target().code()));
        }
        return out.toString();
    }
}
