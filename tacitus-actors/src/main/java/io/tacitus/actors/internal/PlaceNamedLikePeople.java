// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.PlaceResolver;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A lone surname that is also a place, read where a place is meant: "its consulate in Lagos", "the Lagos
 * consulate" are Nigeria's city, not Chile's former president Ricardo Lagos. The word follows a locative
 * preposition or names a facility, and the gazetteer knows it. Stateless.
 */
final class PlaceNamedLikePeople {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "outside", "around",
            "across", "toward", "towards", "through");
    /** "the Lagos consulate", but "the Santos government" is Juan Manuel Santos's. */
    private static final Set<String> FACILITIES = Set.of("consulate", "embassy", "airport", "port", "harbour", "harbor",
            "station", "base", "office", "mission", "stadium", "university");

    private PlaceNamedLikePeople() {
    }

    /** Whether a one-word person mention stands for the place of that name here. */
    static boolean place(Sentence s, ActorMention m, PlaceResolver places) {
        int words = m.end() - m.start();
        if (places == null || !m.entity().isPerson() || words > 2) {
            return false;
        }
        List<Token> t = s.tokens();
        int i = m.start();
        boolean locative = words == 1 && i > 0 && LOCATIVE.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT));
        // "the Lagos consulate", which the dictionary may read as one mention of the person's office
        boolean modifier = i + 1 < t.size() && FACILITIES.contains(t.get(i + 1).lemma().toLowerCase(Locale.ROOT));
        return (locative || modifier) && places.resolve(t.get(i).word(), Set.of()).isPresent();
    }
}
