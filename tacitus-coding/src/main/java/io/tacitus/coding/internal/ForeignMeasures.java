// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.CameoOntology;
import io.tacitus.coding.LexiconEntry;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Administrative sanctions (172: travel bans, barred entry, suspended flights or visas) are what a state does to
 * its own people; done to another state or its officials ("the Baltic states barred Lukashenko from entering",
 * "suspended all charter flights to Cuba") they reduce relations with it, which CAMEO codes as sanctions (163).
 * Likewise a force's journey to another state is a deployment, not a visit. Immutable.
 */
public final class ForeignMeasures {
    private static final String ADMINISTRATIVE = "172";
    private static final String SANCTIONS = "163";
    private static final String VISIT = "042";
    private static final String PROTECTION = "074";
    private static final String RELIEF = "073";
    private static final Set<String> CARRYING = Set.of("carry", "bring", "transport", "ferry", "load", "deliver");
    private static final Set<String> SUPPLIES = Set.of("supply", "aid", "food", "medicine", "relief", "equipment", "tent",
            "blanket", "water", "vaccine", "ventilator", "mask", "team", "rescuer", "doctor");
    private static final Set<String> FORCES = Set.of("MIL", "COP");
    private final CameoOntology ontology;

    public ForeignMeasures(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The entry recoded as sanctions (163) when every target is of a country no source belongs to. */
    public LexiconEntry recode(LexiconEntry e, Participants.Roles roles) {
        if (!e.type().code().value().equals(ADMINISTRATIVE) || roles.targets().isEmpty() || roles.sources().isEmpty()) {
            return e;
        }
        boolean stateless = roles.sources().stream().map(ForeignMeasures::country).anyMatch(Objects::isNull);
        return foreign(roles) && !stateless
                ? ontology.type(SANCTIONS).map(t -> e.recoded(t, "+foreign")).orElse(e) : e;
    }

    /**
     * A force's "visit" to another state (042: "Australian troops flew into Dili", "Kenyan police officers landed in
     * Port-au-Prince") is a deployment there: military protection (074), the aid the host asked for.
     */
    public LexiconEntry deployment(LexiconEntry e, Participants.Roles roles) {
        if (!e.type().code().value().equals(VISIT) || roles.targets().isEmpty() || roles.sources().isEmpty()) {
            return e;
        }
        boolean forces = roles.sources().stream().allMatch(m -> !m.entity().isPerson()
                && m.entity().code().role() != null && FORCES.contains(m.entity().code().role()));
        return forces && foreign(roles) ? ontology.type(PROTECTION).map(t -> e.recoded(t, "+force")).orElse(e) : e;
    }

    /**
     * A craft "carrying" or "loaded with" supplies that lands or arrives abroad ("a US military transport plane
     * carrying medical supplies landed in New Delhi") delivers them: humanitarian aid (073), not a visit.
     */
    public LexiconEntry cargo(LexiconEntry e, Participants.Roles roles, Sentence s, int p) {
        if (!e.type().code().value().equals(VISIT) || roles.targets().isEmpty() || roles.sources().isEmpty() || !foreign(roles)) {
            return e;
        }
        for (Dependency subject : s.children(p)) {
            for (Dependency carried : subject.base().equals("nsubj") ? s.children(subject.dependent()) : List.<Dependency>of()) {
                boolean carrying = carried.base().equals("acl") && CARRYING.contains(s.tokens().get(carried.dependent()).lemma());
                for (Dependency load : carrying ? s.children(carried.dependent()) : List.<Dependency>of()) {
                    boolean supplies = (load.base().equals("obj") || load.relation().equals("obl:with"))
                            && SUPPLIES.contains(s.tokens().get(load.dependent()).lemma().toLowerCase());
                    if (supplies) {
                        return ontology.type(RELIEF).map(t -> e.recoded(t, "+cargo")).orElse(e);
                    }
                }
            }
        }
        return e;
    }

    /** Every target is of a country, and of none that a source belongs to. */
    private static boolean foreign(Participants.Roles roles) {
        List<String> own = roles.sources().stream().map(ForeignMeasures::country).toList();
        return roles.targets().stream().map(ForeignMeasures::country).allMatch(c -> c != null && !own.contains(c));
    }

    private static String country(ActorMention m) {
        return m.entity().code().country();
    }
}
