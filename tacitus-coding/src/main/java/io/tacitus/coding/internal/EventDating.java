// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.Dependency;
import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The date of an event: the time expression attached to its predicate ("on Sunday", "the June 28
 * meeting", "Russia's 2014 annexation"), else the one of the clause it depends on ("... after Russia
 * seized ...", a noun's governing verb), else the publication date. Stateless.
 */
public final class EventDating {
    private EventDating() {
    }

    /** The dated result: the date and where it came from, both null when there is none. */
    public record Dated(EventDate date, DateSource source) {
    }

    /**
     * The date of the predicate at p. A relative expression ("a day earlier", "three days after") is
     * counted from the date of the clause it depends on, else from the latest day named before ({@code narrative}),
     * or for "that day" from the day last named ({@code lastNamed}), else from the publication date.
     */
    public static Dated date(Sentence s, int p, IntPredicate isPredicate, LocalDate published, LocalDate narrative,
                             LocalDate lastNamed) {
        TimeExpression own = attached(s, p, isPredicate, 0);
        if (own != null && !own.relative() && published != null && own.value().start().isAfter(published)) {
            TimeExpression said = announcement(s, p, isPredicate);
            if (said != null) {
                return new Dated(said.value(), DateSource.TEXT); // announced on Monday what it would do from June 1
            }
        }
        if (own != null && !own.relative()) {
            return new Dated(own.value(), DateSource.TEXT);
        }
        if (own != null) {
            // "later that day", "the same day": the day last named; "a day earlier": counted from the latest one
            LocalDate from = own.shiftDays() == 0 && lastNamed != null ? lastNamed : narrative;
            LocalDate anchor = clauseAnchor(s, p, isPredicate, from != null ? from : published);
            return anchor == null ? new Dated(null, null)
                    : new Dated(EventDate.of(anchor.plusDays(own.shiftDays())), DateSource.TEXT);
        }
        EventDate hung = RelativeClauses.date(s, p, (x, v) -> attached(x, v, isPredicate, 0));
        if (hung != null) { // "on Friday, two days after a patrol shot", parsed dep(days, shot)
            return new Dated(hung, DateSource.TEXT);
        }
        TimeExpression sole = SoleDays.of(s, p, isPredicate, published);
        if (sole != null) { // "barred Lukashenko from entering their territory on Monday": the day hangs lower
            return new Dated(sole.value(), DateSource.TEXT);
        }
        return published == null ? new Dated(null, null) : new Dated(EventDate.of(published), DateSource.DOCUMENT);
    }

    /**
     * The words a time expression stands in front of, as a possessive or compound ("Saturday's blast", "this
     * month's election", "the June 28 meeting"), outside the expression itself; in the order of its parents.
     */
    static List<Integer> frontedWords(Sentence s, TimeExpression t) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.parents(t.head())) {
            if ((d.relation().equals("nmod:poss") || d.base().equals("compound")) && d.governor() >= 0 && !t.covers(d.governor())) {
                out.add(d.governor());
            }
        }
        return out;
    }

    /** Nouns a day names a part of: "Tuesday afternoon", "Thursday night". */
    static final Set<String> TIME_NOUNS = Set.of("night", "morning", "afternoon", "evening", "day", "dawn", "week",
            "weekend", "month", "year", "time", "hour");

    /** The date of the statement a clause is reported by ("announced on Monday that it would ..."), or null. */
    private static TimeExpression announcement(Sentence s, int p, IntPredicate isPredicate) {
        for (Dependency d : s.parents(p)) {
            if (d.governor() >= 0 && d.base().equals("ccomp")) {
                TimeExpression t = attached(s, d.governor(), isPredicate, 3);
                return t == null || t.relative() ? null : t;
            }
        }
        return null;
    }

    private static LocalDate clauseAnchor(Sentence s, int p, IntPredicate isPredicate, LocalDate fallback) {
        Dependency governing = Modality.firstParent(s, p);
        if (!s.tokens().get(p).isVerb() && governing != null && governing.governor() >= 0
                && s.tokens().get(governing.governor()).isVerb()) {
            p = governing.governor(); // "two days after a US drone strike killed ...": the strike's clause
        }
        for (Dependency d : s.parents(p)) {
            for (TimeExpression t : s.times()) { // "signed on Monday, a day after ... attacked", parsed dep(Monday, attacked)
                if (d.governor() >= 0 && t.covers(d.governor()) && !t.relative() && t.value().precision() == EventDate.Precision.DAY
                        && (fallback == null || !t.value().start().isAfter(fallback))) {
                    return t.value().start();
                }
            }
            if (d.governor() >= 0 && d.base().equals("advcl")) {
                TimeExpression main = attached(s, d.governor(), isPredicate, 0);
                if (main != null && !main.relative() && main.value().precision() == EventDate.Precision.DAY) {
                    return main.value().start(); // "announced on Monday ... three days after Washington raised"
                }
            }
        }
        return fallback;
    }

    private static TimeExpression attached(Sentence s, int p, IntPredicate isPredicate, int depth) {
        for (TimeExpression t : s.times()) { // not a deadline: "gave Seoul until Saturday afternoon"
            if (!RelativeClauses.deadline(s, t) && attachesTo(s, t.head(), p, isPredicate)) {
                return t;
            }
        }
        if (depth >= 3) {
            return null;
        }
        boolean verb = s.tokens().get(p).isVerb();
        List<Dependency> parents = new ArrayList<>(s.parents(p));
        // "two days after police forced their way in and arrested him": the conjunct's date before the clause's
        parents.sort(Comparator.comparing(d -> !d.base().equals("conj")));
        for (Dependency d : parents) {
            if (d.governor() < 0) {
                continue;
            }
            boolean governorIsVerb = s.tokens().get(d.governor()).isVerb();
            // "... in November 2018 after Russia seized": a clause inherits a past governor's date;
            // "is set to expire in August after the US accused": not a future one's
            // "displayed the wreckage on Wednesday, accusing Tehran": a participle left as "dep" too
            boolean participle = d.base().equals("dep") && s.tokens().get(p).tag().equals("VBG");
            boolean clause = verb && (d.base().equals("advcl") || d.base().equals("conj") || participle)
                    && Tenses.past(s, d.governor());
            // "A White House meeting ... collapsed on Friday": a subject takes a past verb's date
            boolean nounInClause = !verb && governorIsVerb && !d.base().equals("conj")
                    && (!d.base().equals("nsubj") || Tenses.past(s, d.governor()));
            // "agreed on Thursday after 16 hours of talks": the talks' date is the agreement's
            boolean measured = !verb && NounParticipants.measures(s, d);
            // "a day after American-led warplanes began bombing Iraq": the bombing is dated where it began
            boolean begun = verb && governorIsVerb && d.base().equals("xcomp");
            if (clause || nounInClause || measured || begun) {
                TimeExpression up = attached(s, d.governor(), isPredicate, depth + 1);
                // a relative date is the clause's own ("a day after the agreement, fighting continued, with Kyiv
                // accusing ..."), but not one of a clause told as before or after it
                boolean sequenced = Set.of("after", "before", "since", "until", "when", "as", "because").contains(d.marker());
                if (up != null && (!up.relative() || !sequenced)) {
                    return up;
                }
            }
        }
        for (Dependency d : s.children(p)) {
            if (verb && d.base().equals("conj") && sameSubjects(s, p, d.dependent()) && Tenses.past(s, d.dependent())) {
                for (TimeExpression t : s.times()) { // "fired on and seized three vessels on Sunday"
                    if (attachesTo(s, t.head(), d.dependent(), isPredicate)) {
                        return t;
                    }
                }
            }
        }
        for (Dependency d : s.children(p)) {
            // "warned Putin in a telephone call on Saturday": the call's date is the warning's
            if (verb && SETTINGS.contains(d.marker()) && isPredicate.test(d.dependent()) && d.base().equals("obl")) {
                TimeExpression down = attached(s, d.dependent(), isPredicate, 3);
                if (down != null) {
                    return down;
                }
            }
        }
        return null;
    }

    private static boolean sameSubjects(Sentence s, int a, int b) {
        List<Integer> x = Agents.subjects(s, a);
        return !x.isEmpty() && x.equals(Agents.subjects(s, b));
    }

    /** Climbs from the time expression's head to the first predicate above it, through occasions. */
    private static boolean attachesTo(Sentence s, int head, int p, IntPredicate isPredicate) {
        int node = head;
        for (int hops = 0; hops < 10; hops++) {
            Dependency up = Modality.firstParent(s, node);
            if (up == null || up.governor() < 0) {
                return false;
            }
            if (hops > 0 && up.relation().endsWith(":since")) {
                return false; // "the first meeting since the end of the war in 1949": the year bounds the wait
            }
            node = up.governor();
            if (node == p) {
                return true;
            }
            boolean modifier = Set.of("nummod", "amod", "compound", "nmod:poss").contains(up.relation());
            boolean timeNoun = TIME_NOUNS.contains(s.tokens().get(node).lemma().toLowerCase());
            if (hops == 0 && modifier && s.tokens().get(node).isNoun() && !timeNoun) {
                return false; // "scrapped a 2016 contract": the year is the contract's, not the scrapping's
            }
            // "fought one of the fiercest battles on Wednesday": the battle is what was fought, and when
            Dependency above = Modality.firstParent(s, node);
            boolean foughtObject = above != null && above.governor() == p && above.base().equals("obj");
            if (isPredicate.test(node) && !occasion(s, node) && !adjectival(s, node) && !foughtObject) {
                return false;
            }
        }
        return false;
    }

    /** A participle inside a noun phrase ("Pakistani-administered Kashmir"): no clause of its own to date. */
    private static boolean adjectival(Sentence s, int node) {
        Dependency up = Modality.firstParent(s, node);
        String tag = s.tokens().get(node).tag();
        return up != null && (tag.equals("VBN") || tag.equals("VBG"))
                && (up.base().equals("nmod") || up.base().equals("amod") || up.base().equals("compound"));
    }

    /** An event noun that only sets the scene ("at the G20 summit"): its date is the clause's too. */
    private static boolean occasion(Sentence s, int node) {
        Dependency up = Modality.firstParent(s, node);
        return up != null && s.tokens().get(node).isNoun() && (up.base().equals("obl") || up.base().equals("nmod"))
                && SETTINGS.contains(up.marker());
    }

    private static final Set<String> SETTINGS = Set.of("at", "during", "in", "on", "on_sidelines_of");
}
