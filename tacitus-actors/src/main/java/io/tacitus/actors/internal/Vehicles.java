// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "The jet", "the vessel", "the drone": a craft named before with its country. In "Turkish F-16s shot down a
 * Russian Su-24 bomber ... Ankara said the jet had violated Turkish airspace" the jet is the Russian bomber, the
 * craft last named with a nationality; in "a Chinese fishing boat rammed a coast guard ship ... Tokyo said the boat
 * had entered Japanese waters" the boat is the Chinese one. A definite craft with no country of its own takes the
 * entity of the last single craft of the same kind named with one in an earlier sentence ("the boat": the fishing
 * boat, not the coast guard vessel), else of the last craft named with one ("the jet": the bomber, not the Turkish
 * jets that shot it down). Only a craft that is the subject of an active verb is resolved. One instance per document.
 */
final class Vehicles {
    private static final Set<String> CRAFT = Set.of("jet", "plane", "aircraft", "airliner", "bomber", "warplane", "fighter",
            "helicopter", "drone", "ship", "vessel", "boat", "trawler", "tanker", "freighter", "warship", "frigate",
            "destroyer", "submarine", "gunboat", "cruiser", "corvette");
    private static final Set<String> OWN = Set.of("amod", "compound", "nmod:poss", "nmod:of", "nmod:from");
    private ActorEntity last;
    private final Map<String, ActorEntity> single = new HashMap<>();

    /** The mention of "the jet" at token i for the craft named before, or null. */
    ActorMention definite(Sentence s, int i, List<ActorMention> mentions) {
        // only a craft that acts ("the jet had violated", "the boat rammed"): one held or sought ("the release of the
        // ship", "if the vessel was not released") is the victim's, and who holds it is the other side
        if (last == null || !craft(s, i) || !s.tokens().get(i).tag().equals("NN")
                || s.parents(i).stream().noneMatch(d -> d.relation().equals("nsubj")) || own(s, i, mentions) != null) {
            return null;
        }
        int the = i - 1; // "the jet", "the downed jet", "the stricken Ukrainian-flagged vessel" has a country of its own
        while (the >= 0 && i - the <= 3 && (s.tokens().get(the).tag().startsWith("JJ") || s.tokens().get(the).tag().equals("VBN"))) {
            the--;
        }
        if (the < 0 || !s.tokens().get(the).word().equalsIgnoreCase("the")) {
            return null;
        }
        ActorEntity same = single.get(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT));
        return new ActorMention(the, i + 1, i, s.span(the, i + 1), same != null ? same : last, "coref:craft");
    }

    /** Remembers the last craft the sentence names with a country ("a Russian Su-24 bomber", "a Chinese fishing boat"). */
    void remember(Sentence s, List<ActorMention> mentions) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!craft(s, i)) {
                continue;
            }
            ActorEntity e = own(s, i, mentions);
            if (e != null && !"coref:craft".equals(via(mentions, i))) {
                last = e;
                if (s.tokens().get(i).tag().equals("NN")) {
                    single.put(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT), e);
                }
            }
        }
    }

    private static boolean craft(Sentence s, int i) {
        return CRAFT.contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT));
    }

    /** The entity of the craft at i with its country: its own mention, or a role given the country that modifies it. */
    private static ActorEntity own(Sentence s, int i, List<ActorMention> mentions) {
        ActorMention covering = null;
        for (ActorMention m : mentions) {
            covering = m.covers(i) ? m : covering;
        }
        if (covering != null && covering.entity().code().country() != null) {
            return covering.entity();
        }
        for (Dependency d : s.children(i)) {
            for (ActorMention m : OWN.contains(d.relation()) ? mentions : List.<ActorMention>of()) {
                String iso = m.covers(d.dependent()) ? m.entity().code().country() : null;
                if (iso != null && !m.entity().isPerson()) {
                    String role = covering != null ? covering.entity().code().role() : null;
                    return role == null ? m.entity()
                            : ActorEntity.undated("group:" + iso + ":" + role, null, new ActorCode(iso, role));
                }
            }
        }
        return null;
    }

    private static String via(List<ActorMention> mentions, int i) {
        for (ActorMention m : mentions) {
            if (m.covers(i)) {
                return m.via();
            }
        }
        return null;
    }
}
