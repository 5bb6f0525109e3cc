// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country or capital that only qualifies a word, standing for no actor: an origin before a hyphen and a
 * participle ("the Egyptian-born militant", "Soviet-designed tanks": sheltering him is no act towards Egypt),
 * and a city that names an accord or a meeting after its venue ("violated the Doha agreement", "the Minsk
 * accords": Qatar and Belarus are not parties), and a country inside the name of waters ("the Gulf of Siam").
 * Stateless.
 */
final class Attributives {
    private static final Set<String> PARTICIPLES = Set.of("born", "raised", "educated", "trained", "designed", "made",
            "built", "manufactured");
    private static final Set<String> NAMED_AFTER_VENUE = Set.of("agreement", "accord", "deal", "pact", "treaty", "protocol",
            "process", "format", "declaration", "memorandum", "communique", "framework", "conference", "summit", "convention",
            "ceasefire", "truce", "plan", "roadmap");

    private Attributives() {
    }

    /**
     * A person the text names as an opposition leader ("opposition leader Morgan Tsvangirai") is the opposition of
     * their country that day, whatever office the dictionary gives them: the mention says which side they speak for.
     */
    static ActorMention inOpposition(Sentence s, ActorMention m, LocalDate day) {
        ActorCode code = m.entity().codeOn(day);
        boolean said = false;
        for (int t = m.start(); t < m.head(); t++) {
            said |= s.tokens().get(t).word().equalsIgnoreCase("opposition");
        }
        if (!said || !m.entity().isPerson() || code.country() == null || "OPP".equals(code.role())) {
            return m;
        }
        ActorEntity e = ActorEntity.undated(m.entity().id(), m.entity().name(), new ActorCode(code.country(), "OPP"));
        return new ActorMention(m.start(), m.end(), m.head(), m.text(), e, m.via() + "+opposition");
    }

    /** Waters and lands named after a country: "the Gulf of Siam", "the Sea of Japan", "the Gulf of Mexico". */
    private static final Set<String> FEATURES = Set.of("gulf", "sea", "bay", "strait", "straits", "isthmus", "lake");

    /** True if the mention only qualifies a word and stands for no actor. */
    static boolean qualifier(Sentence s, ActorMention m) {
        return origin(s, m) || venue(s, m) || feature(s, m);
    }

    /**
     * A country named inside the name of waters ("seized the vessel in the Gulf of Siam") or an organisation
     * named inside a longer name the dictionary lacks ("the West Papua National Liberation Army" is not
     * Colombia's ELN): a proper name goes on before it.
     */
    static boolean partOfName(Sentence s, ActorMention m, List<ActorMention> found) {
        int before = m.start() - 1;
        if (!m.entity().id().startsWith("org:") || before < 0) {
            return false;
        }
        var t = s.tokens().get(before);
        boolean proper = t.tag().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
        return proper && found.stream().noneMatch(x -> x != m && x.covers(before));
    }

    private static boolean feature(Sentence s, ActorMention m) {
        if (!m.entity().id().startsWith("country:")) {
            return false;
        }
        for (Dependency d : s.parents(m.head())) {
            int g = d.governor();
            String word = g >= 0 ? s.tokens().get(g).word() : "";
            // capitalised, whatever the tagger says ("the Sea of Japan" comes as Sea/NN)
            boolean named = !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && FEATURES.contains(word.toLowerCase(Locale.ROOT));
            if (named && d.relation().equals("nmod:of")) { // not "the Taiwan Strait", where crossing is towards Taiwan
                return true;
            }
        }
        return false;
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
