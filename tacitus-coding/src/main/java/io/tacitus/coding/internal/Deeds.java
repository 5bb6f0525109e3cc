// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who did what to whom in a document so far, in the order told, and the questions the coder asks of it: who
 * accused the one who denies, who wronged the one who threatens, who suffered the deed apologised for, who
 * met the one who promises, which two parties the story is about. Sides, not countries, are compared: a
 * country's government, forces, police and courts are one side, its rebels or opposition another. One
 * instance per document; not thread-safe.
 */
public final class Deeds {
    private final LocalDate published;
    private final List<Told> told = new ArrayList<>();

    Deeds(LocalDate published) {
        this.published = published;
    }

    void add(int sentence, String root, List<ActorMention> sources, List<ActorMention> targets) {
        told.add(new Told(sentence, root, sources, targets));
    }

    /**
     * The parties, one per country, of the latest event between two countries told in this sentence or the
     * two before it: a ceasefire or truce (root 08) ends the latest fighting, other talks and agreements
     * follow the latest appeal, consultation or cooperation; failing those, any event between two countries. A war
     * or a battle is only between the parties of a fight or a truce told before.
     */
    public List<ActorMention> lastDyad(String root, int sentence) {
        Set<String> violent = Set.of("17", "18", "19", "20");
        boolean fighting = violent.contains(root); // "the first days of the war": only a fight told before
        Set<String> preferred = root.equals("08") || fighting ? Set.of("08", "17", "18", "19", "20")
                : Set.of("02", "03", "04", "05", "06", "07", "08");
        List<ActorMention> any = List.of();
        for (int i = told.size() - 1; i >= 0 && told.get(i).sentence() >= sentence - 2; i--) {
            Told t = told.get(i);
            List<ActorMention> parties = onePerCountry(concat(t.sources(), t.targets()));
            if (parties.size() < 2) {
                continue;
            }
            if (preferred.contains(t.root())) {
                return parties;
            }
            any = any.isEmpty() && !fighting ? parties : any;
        }
        return any;
    }

    /**
     * The targets of the latest event of a root with targets other than the given sources: "Warsaw extended its ban on
     * Ukrainian grain, and Hungary and Slovakia imposed similar measures" falls on Ukraine too.
     */
    public List<ActorMention> lastTargetsOf(String root, List<ActorMention> sources) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            List<ActorMention> others = foreign(Participants.others(t.targets(), sources), sources);
            if (t.root().equals(root) && !others.isEmpty()) {
                return others;
            }
        }
        return List.of();
    }

    /** The first actor of each country, in order; actors without a country are left out. */
    private static List<ActorMention> onePerCountry(List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            String iso = m.entity().code().country();
            if (iso != null && out.stream().noneMatch(x -> iso.equals(x.entity().code().country()))) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<ActorMention> concat(List<ActorMention> a, List<ActorMention> b) {
        List<ActorMention> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
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

    /**
     * The doers of the last act of coercion or force (roots 17-20) not by the judges' side: what "the raid" or
     * "the attack" a judge condemns most likely names when no deed of the noun's own root was told.
     */
    public List<ActorMention> lastForeignForce(List<ActorMention> judges) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            List<ActorMention> doers = Participants.COERCION.contains(t.root()) ? foreign(t.sources(), judges) : List.of();
            if (!doers.isEmpty()) {
                return doers;
            }
        }
        return List.of();
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
     * The sources, foreign to the judges, of the latest hostile (roots 15-20, then 09-20) or friendly (02-08) deed told, else
     * of any deed: "Britain backed the action, while Yeltsin condemned it" condemns the strikes, not the backing.
     */
    public List<ActorMention> lastForeignDeed(boolean hostile, List<ActorMention> judges) {
        // a condemnation is first of force or coercion (15-20), then of any hostile deed; praise of cooperation
        int[][] tiers = hostile ? new int[][] {{15, 20}, {9, 20}} : new int[][] {{2, 8}};
        for (int[] tier : tiers) {
            for (int i = told.size() - 1; i >= 0; i--) {
                Told t = told.get(i);
                int root = t.rootNumber();
                boolean kind = root >= tier[0] && root <= tier[1];
                List<ActorMention> doers = t.deed() && kind ? foreign(t.sources(), judges) : List.of();
                if (!doers.isEmpty()) {
                    return doers;
                }
            }
        }
        return lastForeignSources(null, judges);
    }

    /**
     * The other side of the latest event between the party's country and another, for an envoy summoned in the
     * passive: "Moscow called the Dutch remarks odious, and the Netherlands' ambassador was summoned" (by Moscow).
     */
    public List<ActorMention> otherPartyOf(List<ActorMention> party) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            List<ActorMention> others = anyOf(t.sources(), party) ? foreign(t.targets(), party)
                    : anyOf(t.targets(), party) ? foreign(t.sources(), party) : List.of();
            if (!others.isEmpty()) {
                return others;
            }
        }
        return List.of();
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
    public List<ActorMention> counterpartOf(List<ActorMention> makers, int sentence) {
        for (int i = told.size() - 1; i >= 0 && told.get(i).sentence() >= sentence - 2; i--) {
            Told t = told.get(i);
            if (!Set.of("03", "04", "05").contains(t.root())) {
                continue;
            }
            List<ActorMention> parties = concat(t.sources(), t.targets());
            if (anyOf(parties, makers)) {
                List<ActorMention> others = onePerCountry(foreign(parties, makers));
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
        return offendersOf(victims, 2);
    }

    /** The same, counting only deeds of root {@code fromRoot} or above (13: threats and force). */
    public List<ActorMention> offendersOf(List<ActorMention> victims, int fromRoot) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            if (t.deed() && t.rootNumber() >= fromRoot && anyOfCountry(t.targets(), victims)) { // killing Turkish activists wrongs Turkey
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

    private static boolean anyOfCountry(List<ActorMention> mentions, List<ActorMention> countries) {
        return mentions.stream().anyMatch(x -> countries.stream().anyMatch(a -> a.entity().code().country() != null
                && a.entity().code().country().equals(x.entity().code().country())));
    }

    private boolean anyOf(List<ActorMention> mentions, List<ActorMention> countries) {
        return mentions.stream().anyMatch(x -> countries.stream().anyMatch(a -> sameSide(a, x)));
    }

    /** The mentions not on the side of any of the given actors ({@link #sameSide}). */
    List<ActorMention> foreign(List<ActorMention> mentions, List<ActorMention> countries) {
        return mentions.stream().filter(x -> countries.stream().noneMatch(a -> sameSide(a, x))).toList();
    }

    private record Told(int sentence, String root, List<ActorMention> sources, List<ActorMention> targets) {
        /** A thing done, not a statement or a criticism of one. */
        boolean deed() {
            return !root.equals("01") && !root.equals("11");
        }

        /** The root as a number, -1 for a judged deed kept as a topic (no root). */
        int rootNumber() {
            return root.isEmpty() ? -1 : Integer.parseInt(root);
        }
    }
}
