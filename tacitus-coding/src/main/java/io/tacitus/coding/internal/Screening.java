// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which matched predicates the coder leaves uncoded, and what their context tells it: effects of force told
 * with the force ("shelled Ganja, killing nine"), topics ("a paper on the war"), hostile plans ("proposed
 * expelling"), entries whose preposition is missing ("called the strike a mistake" is no "call on"), nouns
 * referred to by an event subject ("the talks produced an agreement"). Stateless.
 */
public final class Screening {
    private Screening() {
    }

    /**
     * Verbs of force whose subject is itself an act of force: "Israeli air strikes killed 230 people" is one
     * air campaign, coded from the noun (which takes the verb's victims), not also a killing by the strikes;
     * and participles telling what an act of force did ("shelled Ganja, killing nine civilians").
     */
    public static Set<Integer> effectsOfForce(Sentence s, List<List<LexiconEntry>> matches) {
        Set<Integer> out = new HashSet<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                continue;
            }
            List<LexiconEntry> up = matches.get(d.governor());
            List<LexiconEntry> down = matches.get(d.dependent());
            if (up.isEmpty() || down.isEmpty() || !force(down.get(0))) {
                continue;
            }
            if (d.base().equals("conj") && up.get(0).type().code().root().equals("15")) {
                out.add(d.governor()); // "crossed into northern Israel and attacked two vehicles": one attack
            }
            if (!force(up.get(0))) {
                continue;
            }
            if (d.relation().equals("nsubj") && down.get(0).noun()) {
                out.add(d.governor());
            }
            boolean participle = s.tokens().get(d.dependent()).tag().equals("VBG");
            if (participle && (d.base().equals("dep") || d.base().equals("advcl"))) {
                out.add(d.dependent()); // "shelled the city of Ganja, killing nine civilians": one attack
            }
        }
        return out;
    }

    private static boolean force(LexiconEntry e) {
        return Set.of("18", "19", "20").contains(e.type().code().root());
    }

    /**
     * "Lavrov proposed expelling 35 Americans", "vowed to strike back": an intention whose act is hostile is
     * coded from that act (a threat), not as an intention to cooperate; "agreed not to attack" stays one.
     */
    public static boolean hostilePlan(Sentence s, int t, LexiconEntry e, List<List<LexiconEntry>> matches) {
        if (e.noun() || !e.type().code().root().equals("03")) {
            return false;
        }
        for (Dependency d : s.children(t)) {
            List<LexiconEntry> act = matches.get(d.dependent());
            if ((d.base().equals("xcomp") || d.base().equals("ccomp")) && !act.isEmpty() && !act.get(0).noun()
                    && Integer.parseInt(act.get(0).type().code().root()) >= 11
                    && Modality.status(s, d.dependent()) != Modality.Status.NOT_FACT) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Any Israeli counterattack would meet a far larger response": a meeting verb whose subject is an event noun
     * is no meeting of people.
     */
    public static boolean eventMeets(Sentence s, int t, LexiconEntry e, List<List<LexiconEntry>> matches) {
        if (e.noun() || !e.type().code().root().equals("04") || !e.lemma().equals("meet")) {
            return false;
        }
        for (Dependency c : s.children(t)) {
            List<LexiconEntry> m = matches.get(c.dependent());
            if (c.base().equals("nsubj") && !m.isEmpty() && s.tokens().get(c.dependent()).isNoun()) {
                return true;
            }
        }
        return false;
    }

    /** "The talks produced an agreement": the noun is the object of a verb whose subject is an event noun. */
    public static boolean eventSubject(Sentence s, int t, List<List<LexiconEntry>> matches) {
        for (Dependency d : s.parents(t)) {
            if (d.governor() >= 0 && d.base().equals("obj")) {
                for (Dependency c : s.children(d.governor())) {
                    List<LexiconEntry> m = matches.get(c.dependent());
                    if (c.base().equals("nsubj") && !m.isEmpty() && m.get(0).noun()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "British Royal Marines helped detain an Iranian tanker": help with an act and no one helped is that act,
     * coded from its own verb, not aid (07).
     */
    public static boolean helpingOnly(Sentence s, int t, LexiconEntry e) {
        if (e.noun() || !e.type().code().root().equals("07") || !e.lemma().equals("help")) {
            return false;
        }
        // "helped the GNA push Haftar's forces back", parsed with the GNA as the clause's subject: the GNA was helped
        boolean act = s.children(t).stream().anyMatch(d -> (d.base().equals("xcomp") || d.base().equals("ccomp"))
                && s.children(d.dependent()).stream().noneMatch(x -> x.relation().equals("nsubj")));
        return act && s.children(t).stream().noneMatch(d -> d.base().equals("obj"));
    }

    /**
     * "Russia retaliated by expelling 23 British diplomats", "Serbia retaliated by barring Croatian goods": a verb with
     * no object of its own whose "by" clause holds a coded act is told by that act; it is no act of its own.
     */
    public static boolean byMeans(Sentence s, int t, LexiconEntry e, List<List<LexiconEntry>> matches) {
        if (e.noun() || !e.objects().isEmpty() || s.children(t).stream().anyMatch(d -> d.base().equals("obj"))) {
            return false;
        }
        return s.children(t).stream().anyMatch(d -> d.base().equals("advcl") && "by".equals(d.marker())
                && !matches.get(d.dependent()).isEmpty());
    }

    /** An event noun that is what something is about ("a paper on the war in Ukraine"): a topic, not news. */
    public static boolean topic(Sentence s, int t, List<LexiconEntry> entries) {
        if (!entries.get(0).noun()) {
            return false;
        }
        for (Dependency d : s.parents(t)) {
            // "on his first visit to Bangladesh, Modi ...": an owned event the clause happens on is news
            boolean occasion = d.relation().equals("obl:on")
                    && s.children(t).stream().anyMatch(c -> c.relation().equals("nmod:poss"));
            if (Set.of("nmod:on", "nmod:about", "obl:on", "obl:about").contains(d.relation()) && !occasion) {
                return true;
            }
            // "expelled two diplomats in retaliation for ...", "recalled its envoy in protest": how, not a second event
            boolean manner = d.relation().equals("obl:in") && d.governor() >= 0 && s.tokens().get(d.governor()).isVerb();
            if (manner && MANNER.contains(s.tokens().get(t).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MANNER = Set.of("retaliation", "reprisal", "response", "protest", "solidarity",
            "revenge", "return");

    /**
     * An entry that names its target only through a preposition ("call on", "talk with") does not fire on
     * the same verb used transitively without that preposition ("called the strike a dangerous move").
     */
    public static boolean missingSlot(Sentence s, int t, LexiconEntry e) {
        if (e.readsClause() || e.flags().contains("feel")) {
            // "called the seizure an act of aggression" is a judgement, not a naming; "the move angered Beijing": the
            // object of a feeling verb is who feels
            return false;
        }
        if (naming(s, t)) {
            return true;
        }
        if (e.noun() && e.flags().contains("direct")) { // "calls for a truce" appeal; "a call from Putin" is a phone call
            return s.children(t).stream().noneMatch(d -> e.targets().contains(d.marker()));
        }
        if (e.noun() || e.particle() != null || !e.objects().isEmpty() || e.targets().isEmpty()
                || e.targets().contains("obj") || e.symmetric()) {
            return false;
        }
        boolean object = false;
        for (var d : s.children(t)) {
            if (e.targets().contains(d.marker()) || (d.relation().equals("compound:prt")
                    && e.targets().contains(s.tokens().get(d.dependent()).lemma()))) {
                return false;
            }
            object |= d.base().equals("obj");
        }
        return object;
    }

    /** "called the decision a stab in the back", "named him envoy": naming, not an event. */
    private static boolean naming(Sentence s, int t) {
        boolean object = false;
        boolean predicative = false;
        for (var d : s.children(t)) {
            object |= d.base().equals("obj");
            if (d.base().equals("xcomp")) {
                var x = s.tokens().get(d.dependent());
                if (!x.isNoun() && !x.tag().startsWith("JJ")) {
                    return false; // "urged India to resume talks and to exercise restraint"
                }
                predicative = true;
                // "called the measures a provocation" parsed as a small clause with its own subject
                object |= s.children(d.dependent()).stream().anyMatch(c -> c.base().equals("nsubj"));
            }
        }
        return object && predicative;
    }
}
