// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.CameoOntology;
import io.tacitus.coding.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A missile fired into the sea or over a country is a show of force (150), not an air strike (195): "North Korea
 * fired four ballistic missiles, three of which came down in Japan's exclusive economic zone", "China fired
 * missiles into waters around Taiwan", "fired a missile over Japan", "a North Korean missile landed in Japanese
 * waters". It is aimed at the country whose waters, zone or land the missile reached, and at no one when that is
 * open sea. A missile fired at a base, a city or a country stays an attack. Immutable.
 */
public final class MissileTests {
    private static final String AERIAL = "195";
    private static final String VISIT = "042";
    private static final String SHOW = "150";
    private static final Set<String> MISSILES = Set.of("missile", "rocket");
    private static final Set<String> WATERS = Set.of("water", "sea", "ocean", "zone", "pacific", "coast", "strait",
            "gulf", "bay");
    private static final Set<String> REACHED = Set.of("into", "toward", "towards", "over", "off", "in", "inside", "within");
    private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "dep");
    private final CameoOntology ontology;

    public MissileTests(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The entry and roles, recoded as a show of force aimed at the waters' country when the act is a test. */
    public Recoded of(LexiconEntry e, Participants.Roles roles, Arguments args, int p) {
        Sentence s = args.sentence();
        String code = e.type().code().value();
        int missile = code.equals(AERIAL) ? argument(s, p, "obj") : code.equals(VISIT) ? argument(s, p, "nsubj") : -1;
        if (missile < 0 || s.children(p).stream().anyMatch(d -> aimed(args, d))) {
            return new Recoded(e, roles);
        }
        List<Dependency> reached = new ArrayList<>();
        places(s, p, reached);
        places(s, missile, reached);
        for (Dependency clause : s.children(missile)) { // "that flew over Honshu"
            if (CLAUSES.contains(clause.relation()) && s.tokens().get(clause.dependent()).isVerb()) {
                places(s, clause.dependent(), reached);
            }
        }
        for (Dependency child : s.children(p)) { // "fired four missiles on Monday, three of which came down in ..."
            for (Dependency clause : child.dependent() == missile ? List.<Dependency>of() : s.children(child.dependent())) {
                if (CLAUSES.contains(clause.relation()) && relative(s, clause.dependent())) {
                    places(s, clause.dependent(), reached);
                }
            }
        }
        // over any land ("over Japan"), else only into open water or a zone
        boolean test = !reached.isEmpty() && reached.stream().allMatch(r -> r.marker().equals("over") || open(s, r.dependent()));
        if (!test) {
            return new Recoded(e, roles);
        }
        List<ActorMention> targets = new ArrayList<>();
        for (Dependency r : reached) {
            List<ActorMention> found = new ArrayList<>(args.at(r.dependent()));
            found.addAll(args.countriesBelow(r.dependent(), 3));
            for (ActorMention m : found) {
                boolean foreign = m.entity().code().country() != null && !Judgements.sameCountry(m, roles.sources());
                if (foreign && !Arguments.containsEntity(targets, m)) {
                    targets.add(m);
                }
            }
        }
        LexiconEntry shown = ontology.type(SHOW).map(t -> e.recoded(t, "+test")).orElse(e);
        return new Recoded(shown, new Participants.Roles(roles.sources(), targets, false));
    }

    /** "fired missiles at Israel", "on Kyiv": an aim, unless it is a time ("on Tuesday"). */
    private static boolean aimed(Arguments args, Dependency d) {
        return ("at".equals(d.marker()) || "on".equals(d.marker())) && !args.inTime(d.dependent());
    }

    /** A clause whose subject is "which" or "three of which", misattached by the parser. */
    private static boolean relative(Sentence s, int verb) {
        for (Dependency subject : s.children(verb)) {
            if (subject.base().equals("nsubj")) {
                int w = subject.dependent();
                if (s.tokens().get(w).lemma().equalsIgnoreCase("which") || s.children(w).stream().anyMatch(d ->
                        d.relation().equals("nmod:of") && s.tokens().get(d.dependent()).lemma().equalsIgnoreCase("which"))) {
                    return s.tokens().get(verb).isVerb();
                }
            }
        }
        return false;
    }

    /** The missile argument of p by that relation, or -1. */
    private static int argument(Sentence s, int p, String relation) {
        for (Dependency d : s.children(p)) {
            if (d.relation().equals(relation) && MISSILES.contains(s.tokens().get(d.dependent()).lemma().toLowerCase())) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** Where the missile went: the place phrases ("into the sea", "over Japan") below a verb or the missile. */
    private static void places(Sentence s, int head, List<Dependency> out) {
        for (Dependency d : s.children(head)) {
            boolean place = d.base().equals("obl") || d.base().equals("nmod");
            if (place && d.marker() != null && REACHED.contains(d.marker())) {
                out.add(d);
            }
        }
    }

    /** Open water or an economic zone: "into the sea", "in Japan's exclusive economic zone". */
    private static boolean open(Sentence s, int r) {
        return WATERS.contains(s.tokens().get(r).lemma().toLowerCase());
    }

    /** The entry to code and who did it to whom. */
    public record Recoded(LexiconEntry entry, Participants.Roles roles) {
    }
}
