// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.DateSource;
import io.tacitus.api.Dependency;
import io.tacitus.api.EventDate;
import io.tacitus.api.Sentence;
import io.tacitus.api.TimeExpression;
import java.time.LocalDate;
import io.tacitus.api.ActorMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the coder remembers while reading one document, sentence by sentence:
 * <ul>
 *   <li>the participants of the last event of each root, so that a definite event noun without its own
 *   ("The June 28 meeting got off to a bumpy start") refers back to the meeting already reported;</li>
 *   <li>the narrative date: the last day named in the text close before publication, which a past-tense
 *   event without a date of its own inherits ("The June 28 meeting ... Trump then told Putin ...").</li>
 * </ul>
 * One instance per document; not thread-safe.
 */
public final class Discourse {
    private static final int NARRATIVE_WINDOW_DAYS = 7;
    private final LocalDate published;
    private final Map<String, Participants.Roles> lastByRoot = new HashMap<>();
    private final Map<String, Participants.Roles> lastByCode = new HashMap<>();
    private EventDate narrative;
    private LocalDate latest;
    private final List<Told> told = new ArrayList<>();
    private int sentence;

    public Discourse(LocalDate published) {
        this.published = published;
    }

    /** Call after coding a sentence: its days become the narrative of the sentences after it. */
    public void read(Sentence s) {
        sentence = s.index() + 1;
        for (TimeExpression t : s.times()) {
            EventDate d = t.value();
            boolean recent = recent(d);
            if (recent) {
                narrative = d;
            }
            if (recent && !t.relative() && (latest == null || d.start().isAfter(latest))) {
                latest = d.start();
            }
        }
    }

    /**
     * The latest day named in the text close before publication, or null: what a relative date counts from
     * when its clause has no date ("Trump called off the meeting on Thursday, citing the seizure on Sunday.
     * A day earlier, Poroshenko had urged Germany ...": Wednesday).
     */
    public LocalDate latestDay() {
        return latest;
    }

    /**
     * Roles for an event noun with no participants of its own: a definite one that is what its clause is
     * about is the last event of its root ("The June 28 meeting got off to a bumpy start"); a symmetric
     * one that refers back (definite and what its clause is about, measured as in "after four hours of
     * talks", or the object of a clause whose subject is an event: "the talks produced an agreement") is between the parties of the story so far
     * ({@link #lastDyad}).
     */
    public Participants.Roles resolve(Sentence s, int p, String root, Participants.Roles roles, boolean symmetric,
                                      boolean eventSubject) {
        if (!roles.sources().isEmpty() || !s.tokens().get(p).isNoun()) {
            return roles;
        }
        boolean definite = definite(s, p);
        Participants.Roles before = definite && clauseArgument(s, p) ? lastByRoot.get(root) : null;
        if (before != null) {
            return before;
        }
        if (symmetric && roles.targets().isEmpty() && ((definite && clauseArgument(s, p)) || measured(s, p) || eventSubject)) {
            List<ActorMention> parties = lastDyad(root);
            if (!parties.isEmpty()) {
                return new Participants.Roles(parties, List.of(), true);
            }
        }
        return roles;
    }

    /**
     * The parties, one per country, of the latest event between two countries told in this sentence or the
     * two before it: a ceasefire or truce (root 08) ends the latest fighting, other talks and agreements
     * follow the latest appeal, consultation or cooperation; failing those, any event between two countries.
     */
    public List<ActorMention> lastDyad(String root) {
        Set<String> preferred = root.equals("08") ? Set.of("08", "17", "18", "19", "20")
                : Set.of("02", "03", "04", "05", "06", "07", "08");
        List<ActorMention> any = List.of();
        for (int i = told.size() - 1; i >= 0 && told.get(i).sentence() >= sentence - 2; i--) {
            Told t = told.get(i);
            List<ActorMention> parties = new ArrayList<>();
            for (ActorMention m : concat(t.sources(), t.targets())) {
                String iso = m.entity().code().country();
                if (iso != null && parties.stream().noneMatch(x -> iso.equals(x.entity().code().country()))) {
                    parties.add(m);
                }
            }
            if (parties.size() < 2) {
                continue;
            }
            if (preferred.contains(t.root())) {
                return parties;
            }
            any = any.isEmpty() ? parties : any;
        }
        return any;
    }

    private static List<ActorMention> concat(List<ActorMention> a, List<ActorMention> b) {
        List<ActorMention> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** "after four hours of talks": the noun is measured by time. */
    private static boolean measured(Sentence s, int p) {
        for (Dependency d : s.parents(p)) {
            if (d.relation().equals("nmod:of") && d.governor() >= 0
                    && NounParticipants.MEASURES.contains(s.tokens().get(d.governor()).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sources of the last event of a CAMEO code told so far, else of its root ("criticised the attack": who
     * attacked; "praised the agreement": who agreed, not who welcomed something since, also root 05).
     */
    public List<ActorMention> lastSources(String code) {
        Participants.Roles before = lastByCode.get(code);
        before = before == null ? lastByRoot.get(code.substring(0, 2)) : before;
        return before == null ? List.of() : before.sources();
    }

    /**
     * The sources, from another country than the judge's, of the latest event told of the root (any root but
     * statements and criticisms when null): "Hunt said the seizure was unacceptable" is about Iran's seizure,
     * not the British one told after it; "Kouchner, whose country brokered the ceasefire, said it was
     * unacceptable" is not about France's own brokering.
     */
    public List<ActorMention> lastForeignSources(String root, List<ActorMention> judges) {
        List<ActorMention> untargeted = List.of();
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            if (!(root == null ? t.deed() : t.root().equals(root))) {
                continue;
            }
            List<ActorMention> doers = foreign(t.sources(), judges);
            boolean topic = t.root().isEmpty(); // a deed just judged by someone else ("condemned the recognition")
            if (!doers.isEmpty() && (root != null || topic || !t.targets().isEmpty())) {
                return doers;
            }
            untargeted = untargeted.isEmpty() ? doers : untargeted;
        }
        // "it regretted the decision": a deed done to someone (calling off a meeting) before one that was not
        // (the summit where it was to take place)
        return untargeted;
    }

    /** Roles of the state: a country's government, forces, police, spies, courts and parliament are one side. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    /**
     * Whether two actors are on the same side: the same country, and both its state or both the same group
     * of it ("the rebels denied" is not answering the charge Putin laid on Ukraine's government).
     */
    private boolean sameSide(ActorMention a, ActorMention b) {
        String x = a.entity().code().country();
        if (x == null || !x.equals(b.entity().code().country())) {
            return x == null && a.entity().id().equals(b.entity().id());
        }
        return side(a).equals(side(b));
    }

    private String side(ActorMention m) {
        String role = m.entity().codeOn(published).role(); // a person is of the side of the office held that day
        return role == null || STATE.contains(role) ? "STATE" : role;
    }

    /**
     * The sources, foreign to the judges, of the latest hostile (roots 09-20) or friendly (02-08) deed told, else
     * of any deed: "Britain backed the action, while Yeltsin condemned it" condemns the strikes, not the backing.
     */
    public List<ActorMention> lastForeignDeed(boolean hostile, List<ActorMention> judges) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            int root = t.root().isEmpty() ? -1 : Integer.parseInt(t.root());
            boolean kind = hostile ? root >= 9 : root >= 2 && root <= 8;
            List<ActorMention> doers = t.deed() && kind ? foreign(t.sources(), judges) : List.of();
            if (!doers.isEmpty()) {
                return doers;
            }
        }
        return lastForeignSources(null, judges);
    }

    /** Remembers an event of a CAMEO code with its roles. */
    public void remember(String code, Participants.Roles roles) {
        String root = code.substring(0, 2);
        if (!roles.sources().isEmpty()) {
            lastByRoot.put(root, roles);
            lastByCode.put(code, roles);
            told.add(new Told(sentence, root, roles.sources(), roles.targets()));
        }
        if (root.equals("11") && !roles.targets().isEmpty()) {
            told.add(new Told(sentence, "", roles.targets(), List.of())); // "condemned the recognition": that deed is the topic
        }
    }

    /**
     * Who last accused or criticised one of the accused, for a denial that names no one ("Azerbaijan said
     * Armenian forces had shelled Ganja. Yerevan denied the claim": the claim was Azerbaijan's).
     */
    public List<ActorMention> accusersOf(List<ActorMention> accused) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            if (!t.deed() && anyOf(t.targets(), accused)) {
                return foreign(t.sources(), accused);
            }
            if (t.deed() && anyOf(t.sources(), accused)) {
                for (Told r : told) { // "Azerbaijan said Armenian forces had shelled Ganja": who said so
                    List<ActorMention> reporters = r.sentence() == t.sentence() && r.root().equals("01")
                            ? foreign(r.sources(), accused) : List.of();
                    if (!reporters.isEmpty()) {
                        return reporters;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * For a promise that names no one, the other party of the latest meeting, agreement or promise its
     * maker took part in, told in this sentence or the two before ("The two men signed a document ... Trump,
     * in return, pledged security guarantees": to North Korea).
     */
    public List<ActorMention> counterpartOf(List<ActorMention> makers) {
        for (int i = told.size() - 1; i >= 0 && told.get(i).sentence() >= sentence - 2; i--) {
            Told t = told.get(i);
            if (!Set.of("03", "04", "05").contains(t.root())) {
                continue;
            }
            List<ActorMention> parties = concat(t.sources(), t.targets());
            if (anyOf(parties, makers)) {
                List<ActorMention> others = new ArrayList<>();
                for (ActorMention m : foreign(parties, makers)) {
                    String iso = m.entity().code().country();
                    if (iso != null && others.stream().noneMatch(x -> iso.equals(x.entity().code().country()))) {
                        others.add(m);
                    }
                }
                if (!others.isEmpty()) {
                    return others;
                }
            }
        }
        return List.of();
    }

    /**
     * Who last did something to the victims' country, for an act that answers a wrong without naming
     * whom ("India struck nine sites in Pakistan. ... Sharif vowed to avenge every drop of blood").
     */
    public List<ActorMention> offendersOf(List<ActorMention> victims) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            if (t.deed() && anyOf(t.targets(), victims)) {
                List<ActorMention> offenders = foreign(t.sources(), victims);
                if (!offenders.isEmpty()) {
                    return offenders;
                }
            }
        }
        return List.of();
    }

    /**
     * Who suffered the last deed of the apologisers' country ("Azerbaijani forces had shot down a Russian
     * helicopter, an incident for which Baku apologised": Russia).
     */
    public List<ActorMention> victimsOf(List<ActorMention> apologisers) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            if (!t.root().equals("01") && !t.root().equals("05") && anyOf(t.sources(), apologisers)) {
                List<ActorMention> victims = foreign(t.targets(), apologisers);
                if (!victims.isEmpty()) {
                    return victims;
                }
            }
        }
        return List.of();
    }

    private boolean anyOf(List<ActorMention> mentions, List<ActorMention> countries) {
        return mentions.stream().anyMatch(x -> countries.stream().anyMatch(a -> sameSide(a, x)));
    }

    private List<ActorMention> foreign(List<ActorMention> mentions, List<ActorMention> countries) {
        return mentions.stream().filter(x -> countries.stream().noneMatch(a -> sameSide(a, x))).toList();
    }

    private record Told(int sentence, String root, List<ActorMention> sources, List<ActorMention> targets) {
        /** A thing done, not a statement or a criticism of one. */
        boolean deed() {
            return !root.equals("01") && !root.equals("11");
        }
    }

    private boolean recent(EventDate d) {
        return published != null && d.precision() == EventDate.Precision.DAY
                && !d.start().isAfter(published) && !d.start().isBefore(published.minusDays(NARRATIVE_WINDOW_DAYS));
    }

    /**
     * The narrative date for a simple-past event that has only the publication date; a day named earlier in
     * its own sentence counts ("Putin, who met Trump on Monday, said the two leaders had agreed").
     */
    public EventDating.Dated narrate(Sentence s, int p, EventDating.Dated dated) {
        EventDate day = narrative;
        for (TimeExpression t : s.times()) {
            if (t.end() <= p && !t.relative() && recent(t.value())) {
                day = t.value();
            }
        }
        if (day == null || dated.source() != DateSource.DOCUMENT || !Tenses.past(s, p)) {
            return dated;
        }
        return new EventDating.Dated(day, DateSource.TEXT);
    }

    /** "The June 28 meeting got off to a bumpy start": the noun is what the clause is about. */
    private static boolean clauseArgument(Sentence s, int p) {
        for (Dependency d : s.parents(p)) {
            if (d.governor() < 0 || d.base().equals("nsubj") || d.base().equals("obj")) {
                return true;
            }
        }
        return false;
    }

    private static boolean definite(Sentence s, int p) {
        for (Dependency d : s.children(p)) {
            String w = s.tokens().get(d.dependent()).word().toLowerCase();
            if ((d.base().equals("det") && (w.equals("the") || w.equals("this") || w.equals("that")))
                    || d.relation().equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }
}
