// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.Locale;
import java.util.Set;

/**
 * A country or capital that only qualifies a word, standing for no actor: an origin before a hyphen and a
 * participle ("the Egyptian-born militant", "Soviet-designed tanks": sheltering him is no act towards Egypt),
 * and a city that names an accord or a meeting after its venue ("violated the Doha agreement", "the Minsk
 * accords": Qatar and Belarus are not parties). Stateless.
 */
final class Attributives {
    private static final Set<String> PARTICIPLES = Set.of("born", "raised", "educated", "trained", "designed", "made",
            "built", "manufactured");
    private static final Set<String> NAMED_AFTER_VENUE = Set.of("agreement", "accord", "deal", "pact", "treaty", "protocol",
            "process", "format", "declaration", "memorandum", "communique", "framework", "conference", "summit", "convention",
            "ceasefire", "truce", "plan", "roadmap");

    private Attributives() {
    }

    /** True if the mention only qualifies a word and stands for no actor. */
    static boolean qualifier(Sentence s, ActorMention m) {
        return origin(s, m) || venue(s, m);
    }

    private static boolean origin(Sentence s, ActorMention m) {
        int hyphen = m.end();
        return hyphen + 1 < s.tokens().size() && s.tokens().get(hyphen).word().equals("-")
                && PARTICIPLES.contains(s.tokens().get(hyphen + 1).word().toLowerCase(Locale.ROOT))
                && m.entity().id().startsWith("country:");
    }

    private static boolean venue(Sentence s, ActorMention m) {
        if (!m.entity().id().startsWith("capital:")) {
            return false;
        }
        for (Dependency d : s.parents(m.head())) {
            if (d.base().equals("compound") && d.governor() > m.head()
                    && NAMED_AFTER_VENUE.contains(s.tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
