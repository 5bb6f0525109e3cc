// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The country named nearest to a role in its sentence ({@link RoleCountries}' fallback), skipping the countries the
 * role deals with: what it acts on, who acts on it, who tells of it. Stateless.
 */
final class NearestCountry {
    private NearestCountry() {
    }

    /**
     * An actor the role deals with, whose country is not the role's: what its own verb acts on ("Assistant Foreign
     * Minister Hu Zhengyue summoned the Japanese ambassador", "demonstrators marched on the US embassy"), or who
     * tells the clause it is in ("Tillerson said the army's operation constituted ethnic cleansing").
     */
    private static boolean counterpart(Sentence s, int role, ActorMention c) {
        List<Dependency> ups = new ArrayList<>(s.parents(role));
        for (Dependency r : s.parents(role)) { // "Navy inspectors who boarded Chinese boats": the noun it names
            if (r.base().equals("compound") && r.governor() >= 0) {
                ups.addAll(s.parents(r.governor()));
            }
        }
        for (Dependency r : ups) {
            for (Dependency d : r.base().equals("nsubj") && r.governor() >= 0 ? s.parents(c.head()) : List.<Dependency>of()) {
                // "In Madrid, the Foreign Ministry summoned ...": where it acts is not what it acts on
                if (d.governor() == r.governor() && Set.of("obj", "obl", "iobj").contains(d.base()) && !locative(d)) {
                    return true;
                }
                // "protesters who blame peacekeepers from Nepal": the country of what it acts on
                if (d.relation().equals("nmod:from") && d.governor() >= 0 && s.parents(d.governor())
                        .stream().anyMatch(o -> o.governor() == r.governor() && Set.of("obj", "iobj").contains(o.base()))) {
                    return true;
                }
            }
        }
        for (Dependency d : s.parents(c.head())) {
            if (d.base().equals("nsubj") && d.governor() >= 0 && Clauses.toldBy(s, role, d.governor())) {
                return true;
            }
            boolean agent = d.relation().equals("obl:by") || d.relation().equals("obl:agent");
            if (agent && d.governor() >= 0 && s.parents(d.governor()).stream()
                    .anyMatch(a -> a.base().equals("acl") && a.governor() == role)) {
                return true; // "rebels backed by Rwanda" are not Rwanda's
            }
        }
        return false;
    }

    /** The countries of the actors the role deals with in its sentence ({@link #counterpart}): never its own. */
    static Set<String> counterparts(Sentence s, List<ActorMention> mentions, ActorMention role) {
        Set<String> out = new HashSet<>();
        for (ActorMention m : mentions) {
            if (m != role && m.entity().code().country() != null && counterpart(s, role.head(), m)) {
                out.add(m.entity().code().country());
            }
        }
        return out;
    }

    /**
     * "French warplanes struck columns of Islamist rebels": a force is not the country of the armed group it
     * strikes (its own citizens it may well detain, so only forces against armed groups).
     */
    private static boolean actedOn(Sentence s, ActorMention roleMention, ActorMention c) {
        String mine = RoleCountries.family(roleMention.entity().code().role());
        String theirs = c.entity().code().role();
        if (!Set.of("REB", "MIL").contains(mine) || !"MIL".equals(theirs)) {
            return false;
        }
        int role = roleMention.head();
        int noun = role;
        for (int up = 0; up < 2; up++) {
            for (Dependency r : s.parents(noun)) {
                if (r.governor() < 0) {
                    continue;
                }
                if (Set.of("obj", "iobj").contains(r.base()) && s.parents(c.head()).stream()
                        .anyMatch(d -> d.base().equals("nsubj") && d.governor() == r.governor())) {
                    return true;
                }
            }
            int n = noun;
            noun = s.parents(n).stream().filter(r -> r.relation().equals("nmod:of") && r.governor() >= 0)
                    .map(Dependency::governor).findFirst().orElse(n);
        }
        return false;
    }

    /**
     * A mention under "in" or "near", or the adjective of one ("in several Chinese cities"); in a sentence
     * left unparsed, one right after "in" ("protesters gathered outside the consulate in Istanbul"). What is
     * hit "at" is a target, not where the crowd is ("hurled stones at the US embassy in Beijing").
     */
    private static boolean inPlace(Sentence s, ActorMention m) {
        if (!s.parsed()) {
            return m.start() > 0 && Set.of("in", "near").contains(s.tokens().get(m.start() - 1).word().toLowerCase(Locale.ROOT));
        }
        for (Dependency d : s.parents(m.head())) {
            if (locative(d)) {
                return true;
            }
            if (d.base().equals("amod") && d.governor() >= 0 && s.parents(d.governor()).stream().anyMatch(NearestCountry::locative)) {
                return true;
            }
        }
        return false;
    }

    private static boolean locative(Dependency d) {
        return (d.base().equals("obl") || d.base().equals("nmod")) && Set.of("in", "near").contains(d.marker());
    }

    /**
     * The country named nearest to the token in the sentence, before it if any, else the place named "in" it
     * ({@code place}), else after it, preferring after it one that names a place ("Crowds attacked
     * Japanese-owned shops in several Chinese cities": China).
     */
    static String of(Sentence s, List<ActorMention> mentions, ActorMention role, String place) {
        int token = role.start();
        ActorMention before = null;
        ActorMention after = null;
        for (ActorMention m : mentions) {
            if (m.entity().code().country() == null || m.entity().id().startsWith("role:") || counterpart(s, role.head(), m)
                    || actedOn(s, role, m)) {
                continue;
            }
            if (m.end() <= token && (before == null || m.start() > before.start())) {
                before = m;
            } else if (m.start() > token && Clauses.sameClause(s, role.head(), m.head()) && (after == null || (inPlace(s, m) ? !inPlace(s, after) || m.start() < after.start()
                    : !inPlace(s, after) && m.start() < after.start()))) {
                after = m;
            }
        }
        if (before == null && place != null && (after == null || !inPlace(s, after))) {
            return place;
        }
        ActorMention best = before != null ? before : after;
        return best == null ? null : best.entity().code().country();
    }
}
