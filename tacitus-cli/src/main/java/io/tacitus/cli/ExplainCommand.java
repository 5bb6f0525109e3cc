// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.api.ActorMention;
import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.Article;
import io.tacitus.api.Dependency;
import io.tacitus.api.DocumentActors;
import io.tacitus.api.Event;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import io.tacitus.api.Token;
import io.tacitus.pipeline.CodingPipeline;
import io.tacitus.pipeline.Knowledge;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tacitus explain TEXT}: shows how a text is read: tokens, dependencies, actors, times and events. */
@Command(name = "explain", description = "Show tokens, dependencies, actors, time expressions and events of a text.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "TEXT", description = "the text to explain")
    String text;

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        Knowledge knowledge = Knowledge.load(options.config());
        LocalDate date = options.date == null ? LocalDate.now() : options.date;
        Article article = Article.of("explain", text, date);
        // the pipeline's own gate decides what is parsed, as in "code" and "eval" (--parse-all parses everything)
        AnnotatedArticle annotated = CodingPipeline.create(options.config(), knowledge).annotate(article);
        List<Sentence> timed = annotated.sentences();
        DocumentActors actors = knowledge.recognizer().recognize(annotated);
        List<Event> events = knowledge.coder().code(annotated, actors);
        for (Sentence s : timed) {
            System.out.println("sentence " + s.index() + (s.parsed() ? "" : " (not parsed: the gate found nothing to code)") + ": " + s.text());
            StringBuilder tokens = new StringBuilder("  tokens:");
            for (Token t : s.tokens()) {
                tokens.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.tag())
                        .append(t.ner().equals("O") ? "" : "/" + t.ner());
            }
            System.out.println(tokens);
            StringBuilder deps = new StringBuilder("  deps:");
            for (Dependency d : s.dependencies()) {
                deps.append(' ').append(d.relation()).append('(').append(d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "-" + d.governor())
                        .append(", ").append(s.tokens().get(d.dependent()).word()).append('-').append(d.dependent()).append(')');
            }
            System.out.println(deps);
            for (ActorMention m : actors.in(s.index())) {
                System.out.println("  actor: \"" + m.text() + "\" head " + m.head() + " -> " + m.entity().id() + " "
                        + m.entity().codeOn(date) + " via " + m.via());
            }
            for (TimeExpression t : s.times()) {
                System.out.println("  time: \"" + t.text() + "\" head " + t.head() + " -> " + t.value());
            }
            for (Event e : events) {
                if (e.provenance().sentence() == s.index()) {
                    System.out.println("  event: " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code())
                            + " " + e.type().code() + " (" + e.type().name() + ") date " + e.date() + " [" + e.dateSource()
                            + "] rule " + e.provenance().rule() + " trigger \"" + e.provenance().trigger() + "\""
                            + (e.location() == null ? "" : " at " + e.location().name()));
                }
            }
        }
        return 0;
    }
}
