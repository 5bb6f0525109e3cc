// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import io.tacitus.coding.Lexicon;
import io.tacitus.coding.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Picks the lexicon entry a token triggers: the most specific whose particle, object and compound match. */
public final class EntryMatcher {
    private final Lexicon lexicon;

    public EntryMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a token can head an event (a verb, or a noun the lexicon knows). */
    public boolean isPredicate(Sentence s, int t) {
        Token tok = s.tokens().get(t);
        return tok.isVerb() || (tok.isNoun() && !lexicon.nouns(tok.lemma()).isEmpty());
    }

    /** The best entry for the token, or null. */
    public LexiconEntry match(Sentence s, int t) {
        List<LexiconEntry> all = matches(s, t);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The entries of the highest specificity whose particle, object and compound fit, in lexicon order. */
    public List<LexiconEntry> matches(Sentence s, int t) {
        Token tok = s.tokens().get(t);
        List<LexiconEntry> candidates;
        if (tok.isVerb()) {
            candidates = lexicon.verbs(tok.lemma());
        } else if (tok.isNoun() && !tok.tag().startsWith("NNP")) {
            candidates = lexicon.nouns(tok.lemma());
        } else if (tok.tag().startsWith("JJ") && s.children(t).stream().anyMatch(d -> d.relation().equals("cop"))) {
            // "Japan is gravely concerned about ...": an adjective of feeling after "be" reads as its verb row
            candidates = lexicon.verbs(tok.lemma()).stream().filter(e -> e.flags().contains("feel")).toList();
        } else {
            return List.of();
        }
        List<LexiconEntry> best = new ArrayList<>();
        for (LexiconEntry e : candidates) {
            if (!fits(s, t, e)) {
                continue;
            }
            if (!best.isEmpty() && e.specificity() > best.get(0).specificity()) {
                best.clear();
            }
            if (best.isEmpty() || e.specificity() == best.get(0).specificity()) {
                best.add(e);
            }
        }
        // "sent a protest note": the kind of note tells more than the note; "withdrew its aid workers": the workers
        // tell more than their kind
        boolean form = s.children(t).stream().anyMatch(d -> d.base().equals("obj")
                && FORMS.contains(s.tokens().get(d.dependent()).lemma().toLowerCase()));
        List<LexiconEntry> preferred = best.stream().filter(e -> byKindOnly(s, t, e) == form).toList();
        return preferred.isEmpty() ? best : preferred;
    }

    private static boolean byKindOnly(Sentence s, int t, LexiconEntry e) {
        boolean kind = false;
        for (Dependency d : s.children(t)) {
            if (d.base().equals("obj") && e.objects().contains(s.tokens().get(d.dependent()).lemma().toLowerCase())) {
                return false;
            }
            kind |= d.base().equals("obj") && kindOf(s, d.dependent(), e);
        }
        return kind;
    }

    private static boolean fits(Sentence s, int t, LexiconEntry e) {
        if (oblique(s, t, e)) {
            return true; // "placed Mugabe under house arrest", "took six soldiers into custody"
        }
        if (e.particle() != null && !hasChild(s, t, "compound:prt", e.particle())
                && !hasChild(s, t, "advmod", e.particle()) && !(e.targets().contains("obj") && particleOfCase(s, t, e.particle()))) {
            return false;
        }
        if (e.compound() != null && !hasChild(s, t, "compound", e.compound())) {
            return false;
        }
        if (e.flags().contains("visit") && !visited(s, t)) {
            return false; // "welcomed Maduro to Brasilia" is a visit; "welcomed the decision" is not
        }
        if (e.flags().contains("direct") && naming(s, t)) {
            return false; // "called it a historic day" names; it is no telephone call
        }
        if (e.flags().contains("told") && !told(s, t)) {
            return false; // "ordered Lithuania to change the name" tells someone to act; "ordered the arrest" does not
        }
        if (e.flags().contains("judge")) {
            return Judgements.verdict(s, t, e) >= 0;
        }
        if (e.flags().contains("oblige")) {
            return Obligations.obliged(s, t, e.objects()) >= 0;
        }
        if (!e.objects().isEmpty()) {
            for (Dependency d : s.children(t)) {
                // or the verb the object is told to do: "ordered 20 Czech diplomats to leave the country", "gave
                // the ambassador 72 hours to leave"
                boolean object = d.base().equals("obj") || d.relation().startsWith("nsubj:pass") || toldVerb(s, d);
                if (object && (e.objects().contains(s.tokens().get(d.dependent()).lemma().toLowerCase())
                        || kindOf(s, d.dependent(), e))) {
                    return true;
                }
                if (d.base().equals("obj") && predicateOf(s, d.dependent(), e)) {
                    return true; // "declared Romania's ambassador, Filip Teodorescu, persona non grata"
                }
            }
            int modified = Agents.modifiedNoun(s, t); // "talks mediated by", "a Russian-brokered agreement"
            return modified >= 0 && e.objects().contains(s.tokens().get(modified).lemma().toLowerCase());
        }
        return true;
    }

    /**
     * An object named by a word of the entry in front of it ("sent a protest note", "summoned Ambassador Ron
     * Prosor") or, after a word of number or of form, in its "of" phrase ("a note of protest", "a fresh wave of
     * arrests", "truckloads of food").
     */
    private static boolean kindOf(Sentence s, int object, LexiconEntry e) {
        boolean form = FORMS.contains(s.tokens().get(object).lemma().toLowerCase());
        for (Dependency x : s.children(object)) {
            // "tear gas" comes as compound or as amod(gas, tear); verdict words are adjectives of their own
            boolean kind = x.base().equals("compound") || x.base().equals("amod") && !e.readsClause()
                    || form && x.relation().equals("nmod:of");
            if (kind && e.objects().contains(s.tokens().get(x.dependent()).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FORMS = Set.of("series", "wave", "round", "package", "set", "raft", "slew", "string",
            "batch", "spate", "number", "host", "note", "letter", "volley", "barrage", "flurry", "list", "truckload", "shipment",
            "consignment", "cargo", "planeload", "convoy", "load", "delivery", "tonne", "ton");

    /** A verb an object is told to do, below the telling verb: "ordered Lithuania to change", "urged Kenya to respect". */
    static boolean toldVerb(Sentence s, Dependency d) {
        return (d.base().equals("xcomp") || d.relation().equals("advcl:to")) && s.tokens().get(d.dependent()).isVerb();
    }

    /** An object and a verb it is told to do: "ordered Lithuania to change the name". */
    private static boolean told(Sentence s, int t) {
        boolean object = false;
        boolean verb = false;
        for (Dependency d : s.children(t)) {
            object |= d.base().equals("obj");
            verb |= toldVerb(s, d);
        }
        return object && verb;
    }

    /** A small-clause predicate of the object, which the parser hangs on it, holds one of the entry's words. */
    private static boolean predicateOf(Sentence s, int object, LexiconEntry e) {
        for (Dependency x : s.children(object)) {
            if (Set.of("appos", "xcomp", "dep").contains(x.base()) && x.dependent() > object
                    && e.objects().contains(s.tokens().get(x.dependent()).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** A verb with a predicate of its object: "called it a historic day", "called the talks useful". */
    private static boolean naming(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            Token dep = s.tokens().get(d.dependent());
            if ((d.base().equals("xcomp") && !dep.isVerb()) || d.base().equals("iobj")) {
                return true; // "calling it a dangerous attempt", parsed as two objects
            }
            if (d.base().equals("obj")) {
                for (Dependency x : s.children(d.dependent())) {
                    if (Set.of("dep", "xcomp").contains(x.base()) && !s.tokens().get(x.dependent()).isVerb()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> VENUES = Set.of("airport", "border", "palace", "residence", "house", "capital",
            "ceremony", "base", "headquarters", "office", "summit");

    /** A place the verb brings someone to: "to Brasilia", "at the Wagah border", "at the airport". */
    private static boolean visited(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            if (!d.base().equals("obl") || !Set.of("to", "at", "in").contains(d.marker())) {
                continue;
            }
            Token place = s.tokens().get(d.dependent());
            if (place.tag().startsWith("NNP") || VENUES.contains(place.lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A particle that is the preposition of an oblique noun among the entry's objects ("under arrest", "into custody",
     * "in kind"); "took in refugees", where "in" is the verb's particle and has no noun, is matched as a phrasal verb.
     */
    private static boolean oblique(Sentence s, int t, LexiconEntry e) {
        return e.particle() != null && Set.of("under", "into", "in").contains(e.particle()) && !e.objects().isEmpty()
                && s.children(t).stream().anyMatch(d -> d.relation().equals("obl:" + e.particle())
                && e.objects().contains(s.tokens().get(d.dependent()).lemma().toLowerCase()));
    }

    /**
     * The particle as the first word of a compound preposition, for a verb whose target is its object: "ordered
     * four diplomats out of the country".
     */
    private static boolean particleOfCase(Sentence s, int t, String particle) {
        for (Dependency d : s.children(t)) {
            if (d.relation().startsWith("obl:" + particle + "_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChild(Sentence s, int t, String relation, String lemma) {
        for (Dependency d : s.children(t)) {
            if (d.relation().equals(relation) && s.tokens().get(d.dependent()).lemma().equalsIgnoreCase(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Object nouns a verb's event already covers, which are not coded again: the object the entry names
     * ("imposed sanctions"), and any object of an event verb that is not a verb of saying ("halted trade",
     * "criticised the attack": no trade, no attack is coded from these words).
     */
    public static List<Integer> coveredObjects(Sentence s, int t, LexiconEntry e) {
        List<Integer> out = new ArrayList<>();
        if (e.flags().contains("judge")) {
            int verdict = Judgements.verdict(s, t, e);
            for (Dependency d : s.children(verdict)) {
                if (d.base().equals("nsubj")) {
                    out.add(d.dependent()); // "said the seizure was unacceptable": that seizure was coded before
                }
            }
        }
        if (e.flags().contains("say")) {
            return out;
        }
        for (Dependency d : s.children(t)) {
            boolean object = d.base().equals("obj") || d.relation().startsWith("nsubj:pass");
            if (object && !NounParticipants.answers(s, t, d.dependent())) {
                out.add(d.dependent());
            }
        }
        return out;
    }
}
