// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.coding.CameoOntology;
import io.tacitus.coding.LexiconEntry;
import java.util.List;
import java.util.Set;

/**
 * Force used on people who do not fight is not combat: "security forces shot dead more than 100 protesters",
 * "troops opened fire on villagers" use conventional weapons (root 19) on civilians, which CAMEO codes as
 * unconventional violence (180). Only when every target is such a group. Property damaged or burnt by such groups
 * ("protesters set fire to the embassy") is a riot (145), not the destruction of property (171x). Immutable.
 */
public final class CivilianTargets {
    private static final Set<String> UNARMED = Set.of("CVL", "OPP", "REF", "MED", "EDU", "HLH", "REL", "LAB", "NGO");
    private final CameoOntology ontology;

    public CivilianTargets(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The entry recoded as violence against civilians (180) when it is shooting at unarmed targets only. */
    public LexiconEntry recode(LexiconEntry e, Participants.Roles roles) {
        boolean unarmed = !roles.targets().isEmpty() && !roles.reciprocal()
                && roles.targets().stream().allMatch(CivilianTargets::unarmed);
        // crowds that damage or burn property riot: "protesters set fire to the Saudi embassy" (145, not 1712)
        boolean crowd = !roles.sources().isEmpty() && roles.sources().stream().allMatch(CivilianTargets::unarmed);
        if (crowd && e.type().code().value().startsWith("171")) {
            return ontology.type("145").map(t -> e.recoded(t, "+riot")).orElse(e);
        }
        // shooting (193), not storming, air strikes or shelling: those are the means of war whoever they hit
        if (!e.type().code().value().equals("193") || !unarmed) {
            return e;
        }
        return ontology.type("180").map(t -> e.recoded(t, "+civilians")).orElse(e);
    }

    /**
     * Whether the actors named below a judged noun are the civilian victims of the act it names ("condemned a
     * massacre of civilians"): then the judgement falls on the doers, not on them.
     */
    static boolean victims(LexiconEntry deed, List<ActorMention> named) {
        boolean force = deed != null && deed.noun() && Participants.FORCE.contains(deed.type().code().root());
        return force && !named.isEmpty() && named.stream().allMatch(CivilianTargets::unarmed);
    }

    static boolean unarmed(ActorMention m) {
        String role = m.entity().code().role();
        return role != null && UNARMED.contains(role);
    }
}
