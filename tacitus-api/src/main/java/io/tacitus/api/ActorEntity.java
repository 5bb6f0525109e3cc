// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something that can act: a state, a part of a state, an organisation or a named person.
 * Named people carry dated terms; who they are depends on the day.
 *
 * @param id          stable id of the entry, e.g. "person:vladimir-putin", "country:RUS"
 * @param name        canonical name, or null for anonymous groups ("Russian troops")
 * @param code        the code outside any term (for people: their country and ELI)
 * @param terms       dated roles, in any order; empty for undated actors
 */
public record ActorEntity(String id, String name, ActorCode code, List<RoleTerm> terms) {
    public ActorEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        terms = List.copyOf(terms);
    }

    public static ActorEntity undated(String id, String name, ActorCode code) {
        return new ActorEntity(id, name, code, List.of());
    }

    /** The code on the given day (null: the day is unknown, the latest term or the default applies). */
    public ActorCode codeOn(LocalDate day) {
        if (terms.isEmpty()) {
            return code;
        }
        if (day == null) {
            return code;
        }
        RoleTerm best = null;
        for (RoleTerm t : terms) {
            if (t.covers(day) && (best == null || rank(t.code()) < rank(best.code()))) {
                best = t;
            }
        }
        return best != null ? best.code() : code;
    }

    /** The term that gives the code on that day, or null. */
    public RoleTerm termOn(LocalDate day) {
        if (day == null) {
            return null;
        }
        for (RoleTerm t : terms) {
            if (t.covers(day)) {
                return t;
            }
        }
        return null;
    }

    private static int rank(ActorCode c) {
        return "GOV".equals(c.role()) ? 0 : 1;
    }

    public boolean isPerson() {
        return !terms.isEmpty();
    }
}
