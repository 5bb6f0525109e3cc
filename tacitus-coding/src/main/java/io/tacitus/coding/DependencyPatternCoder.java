// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding;

import io.tacitus.api.AnnotatedArticle;
import io.tacitus.api.DocumentActors;
import io.tacitus.api.Event;
import io.tacitus.api.EventCoder;
import io.tacitus.api.PlaceResolver;
import io.tacitus.api.Sentence;
import io.tacitus.coding.internal.Arguments;
import io.tacitus.coding.internal.Discourse;
import io.tacitus.coding.internal.EntryMatcher;
import io.tacitus.coding.internal.EventBuilder;
import io.tacitus.coding.internal.Modality;
import io.tacitus.coding.internal.Participants;
import io.tacitus.coding.internal.PlaceFinder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes events from dependency graphs: every token that a lexicon entry matches is a predicate; its
 * sources and targets come from the graph ({@link Participants}); negated and unrealised predicates are
 * skipped ({@link Modality}); a noun whose verb already coded it (the object of "impose sanctions") is not
 * coded again. Immutable and thread-safe.
 */
public final class DependencyPatternCoder implements EventCoder {
    private final Lexicon lexicon;
    private final EntryMatcher matcher;
    private final String actorsVersion;
    private final PlaceResolver places;

    public DependencyPatternCoder(Lexicon lexicon, String actorsVersion, PlaceResolver places) {
        this.lexicon = lexicon;
        this.matcher = new EntryMatcher(lexicon);
        this.actorsVersion = actorsVersion;
        this.places = places;
    }

    @Override
    public List<Event> code(AnnotatedArticle article, DocumentActors actors) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Discourse discourse = new Discourse(article.article().date());
        for (Sentence s : article.sentences()) {
            if (!s.parsed() || actors.in(s.index()).isEmpty()) {
                discourse.read(s);
                continue;
            }
            Arguments args = new Arguments(s, actors.in(s.index()));
            EventBuilder builder = new EventBuilder(article.article(), args, lexicon.version(), actorsVersion, matcher,
                    new PlaceFinder(args, places));
            Participants participants = new Participants(args);
            Set<Integer> consumed = new HashSet<>();
            for (int t = 0; t < s.tokens().size(); t++) {
                LexiconEntry e = matcher.match(s, t);
                if (e != null && !e.noun()) {
                    consumed.add(EntryMatcher.consumedObject(s, t, e));
                }
            }
            for (int t = 0; t < s.tokens().size(); t++) {
                LexiconEntry e = matcher.match(s, t);
                if (e == null || consumed.contains(t) || Modality.unrealised(s, t)) {
                    continue;
                }
                String root = e.type().code().root();
                Participants.Roles roles = discourse.resolve(s, t, root, participants.roles(t, e));
                discourse.remember(root, roles);
                for (Event ev : builder.events(t, e, roles, discourse)) {
                    if (seen.add(ev.id())) {
                        events.add(ev);
                    }
                }
            }
            discourse.read(s);
        }
        return events;
    }

    @Override
    public String version() {
        return lexicon.version();
    }
}
