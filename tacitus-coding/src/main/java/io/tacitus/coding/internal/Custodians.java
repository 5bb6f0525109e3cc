// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.util.List;
import java.util.Objects;

/**
 * Who holds people when the text does not say: "two American journalists sentenced to 12 years of hard labour in
 * North Korea", "Ivorian soldiers detained in Mali". A coercion told in the passive, with no agent, happens in
 * the state named as its place, when that state is not the detainees' own, and so does a release ("a French aid
 * worker was freed in northern Mali"); an arrest with no place, in the state of the people arrested ("Castillo was
 * arrested on December 7"). Stateless.
 */
final class Custodians {
    private Custodians() {
    }

    /**
     * The state where the coercion took place, as the source; empty when none is named or it is the target's own.
     * An envoy summoned with no one named ("the Netherlands' ambassador was summoned") is summoned by the other side
     * of the story's latest event with the envoy's country.
     */
    static List<ActorMention> of(Sentence s, Arguments args, int p, LexiconEntry entry, List<ActorMention> targets,
                                 Deeds deeds) {
        if (entry.id().startsWith("summon")) {
            return deeds.otherPartyOf(targets);
        }
        // "a French aid worker ... was freed in northern Mali": released by whoever held her there
        boolean release = entry.type().code().value().equals("0841");
        if (!(entry.type().code().root().equals("17") || release) || targets.isEmpty()) {
            return List.of();
        }
        for (ActorMention m : args.countriesBelow(p, 3)) {
            boolean state = m.entity().id().startsWith("country:") || m.entity().id().startsWith("capital:");
            boolean in = s.parents(m.head()).stream().anyMatch(Custodians::locative);
            String iso = m.entity().code().country();
            if (state && in && targets.stream().noneMatch(t -> Objects.equals(iso, t.entity().code().country()))) {
                return List.of(m);
            }
        }
        // "Castillo was arrested on December 7": by the authorities of his own state
        ActorMention held = targets.get(0);
        String own = held.entity().code().country();
        // only arrests of people whose country the text gives: a role's country guessed from the story may be wrong
        boolean arrest = entry.type().code().value().equals("173");
        boolean known = own != null && targets.stream()
                .allMatch(t -> own.equals(t.entity().code().country()) && !t.via().contains("context:"));
        if (!arrest || !known || release) {
            return List.of();
        }
        ActorEntity state = ActorEntity.undated("group:" + own + ":GOV", null, new ActorCode(own, "GOV"));
        return List.of(new ActorMention(held.start(), held.end(), held.head(), held.text(), state, "custodian+" + held.via()));
    }

    private static boolean locative(Dependency d) {
        return (d.base().equals("obl") || d.base().equals("nmod")) && d.marker().equals("in");
    }
}
