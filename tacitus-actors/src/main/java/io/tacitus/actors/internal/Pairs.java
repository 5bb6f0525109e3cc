// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.actors.internal;

import io.tacitus.api.ActorCode;
import io.tacitus.api.ActorEntity;
import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pair a text means by "the two leaders", "both countries" or "they": the first two people, and the
 * first two states, of the last sentence that named two. When a sentence names fewer than two states, the
 * countries of its people count ("Vajpayee ... was welcomed by Sharif. ... urged both countries"). One instance per document.
 */
final class Pairs {
    private final LocalDate date;
    private List<ActorEntity> persons = List.of();
    private List<ActorEntity> states = List.of();

    Pairs(LocalDate date) {
        this.date = date;
    }

    /**
     * The two entities a pair expression stands for: two named before it in its own sentence ("Putin, who
     * met Trump ..., said the two leaders had agreed"), else the remembered pair; empty if there is none.
     */
    List<ActorEntity> of(List<ActorMention> sentence, int start, boolean wantStates) {
        List<ActorEntity> here = new ArrayList<>();
        for (ActorMention m : sentence) {
            if (m.end() <= start && !m.via().startsWith("coref:pair") && (wantStates ? m.entity().id().startsWith("country:")
                    : m.entity().isPerson()) && !here.contains(m.entity())) {
                here.add(m.entity());
            }
        }
        if (here.size() >= 2) {
            return here.subList(0, 2);
        }
        return wantStates || persons.size() < 2 ? states : persons;
    }

    /** Remembers the people and states of a sentence's participants (places left out), in text order. */
    void remember(List<ActorMention> participants) {
        List<ActorEntity> people = new ArrayList<>();
        List<ActorEntity> countries = new ArrayList<>();
        List<ActorEntity> theirs = new ArrayList<>(); // the countries of the people, used when fewer than two are named
        for (ActorMention m : participants) {
            if (m.via().startsWith("coref:pair")) {
                continue;
            }
            if (m.entity().isPerson() && !people.contains(m.entity())) {
                people.add(m.entity());
            }
            ActorEntity state = stateOf(m.entity());
            List<ActorEntity> into = m.entity().isPerson() ? theirs : countries;
            if (state != null && into.stream().noneMatch(x -> x.id().equals(state.id()))) {
                into.add(state);
            }
        }
        for (ActorEntity e : theirs) { // "Obama ... talks with the leaders of Australia and Canada. Both countries"
            if (countries.size() < 2 && countries.stream().noneMatch(x -> x.id().equals(e.id()))) {
                countries.add(e);
            }
        }
        if (people.size() >= 2) {
            persons = List.of(people.get(0), people.get(1));
        }
        if (countries.size() >= 2) {
            states = List.of(countries.get(0), countries.get(1));
        }
    }

    private ActorEntity stateOf(ActorEntity e) {
        if (e.id().startsWith("country:")) {
            return e;
        }
        ActorCode code = e.isPerson() ? e.codeOn(date) : e.code();
        String iso = code == null ? null : code.country();
        if (iso == null || iso.length() != 3 || iso.equals("IGO")) {
            return null;
        }
        return ActorEntity.undated("country:" + iso, null, new ActorCode(iso, null));
    }

    /** "the leaders", "the presidents": a plural government role without a country means the pair. */
    static boolean definitePluralRole(Sentence s, ActorMention m) {
        if (!m.entity().id().startsWith("role:GOV") || !s.tokens().get(m.head()).tag().equals("NNS")) {
            return false;
        }
        for (Dependency d : s.children(m.head())) {
            if (d.relation().equals("nmod:of") || d.base().equals("amod") || d.base().equals("compound")) {
                return false; // "the presidents of Bosnia, Serbia and Croatia" name their countries
            }
        }
        int before = m.start() - 1;
        return before >= 0 && Set.of("the", "both").contains(s.tokens().get(before).word().toLowerCase(Locale.ROOT));
    }
}
