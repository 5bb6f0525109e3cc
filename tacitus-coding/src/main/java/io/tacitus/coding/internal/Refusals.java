// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Sentence;
import io.tacitus.api.Token;
import io.tacitus.coding.Lexicon;
import io.tacitus.coding.LexiconEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Talks, deals and truces ruled out by whoever says so: "Najib told reporters there would be no negotiations with
 * the gunmen", "Rajapaksa said there would be no ceasefire". The negotiations are not coded (they will not happen);
 * saying so is a refusal (125 for talks, 1246 for a truce, 124 for a deal or concession) by the sayer, aimed at the
 * partner of the noun ("with the gunmen") or, failing that, at whom the story gives ({@code StoryParties}). Read from
 * the words "there would be no" before the noun, which the parser often gets wrong. Immutable.
 */
public final class Refusals {
    private static final Set<String> MODALS = Set.of("would", "will", "could", "can", "should", "shall", "'ll");
    private final EntryMatcher matcher;
    private final LexiconEntry talks;
    private final LexiconEntry truce;
    private final LexiconEntry deal;

    public Refusals(EntryMatcher matcher, Lexicon lexicon) {
        this.matcher = matcher;
        this.talks = lexicon.verb("refuse", "refuse-talk").orElse(null);
        this.truce = lexicon.verb("refuse", "refuse-ceasefire").orElse(null);
        this.deal = lexicon.verb("refuse", "refuse-concession").orElse(null);
    }

    /** The refusal made by saying there will be no such event as the noun at t, if it is one. */
    public Optional<Refusal> of(Sentence s, int t, LexiconEntry noun, Arguments args) {
        String root = noun.type().code().root();
        LexiconEntry refusal = root.equals("08") ? truce : root.equals("04") ? talks
                : root.equals("05") || root.equals("03") ? deal : null;
        int there = ruledOut(s, t);
        if (!noun.noun() || refusal == null || there < 0) {
            return Optional.empty();
        }
        for (int v = there - 1; v >= 0; v--) { // the verb of saying before "there"
            LexiconEntry e = s.tokens().get(v).isVerb() ? matcher.match(s, v) : null;
            if (e != null && e.flags().contains("say")) {
                List<ActorMention> sayers = args.children(v, d -> d.base().equals("nsubj"));
                List<ActorMention> partners = Participants.others(args.slot(t, "with"), sayers);
                return sayers.isEmpty() ? Optional.empty()
                        : Optional.of(new Refusal(v, refusal, new Participants.Roles(sayers, partners, false)));
            }
        }
        return Optional.empty();
    }

    /**
     * The index of "there" in "there would be no [adjectives] noun" ending at t, or -1: a modal and "be", since "there
     * was no agreement" reports an absence and rules nothing out.
     */
    private static int ruledOut(Sentence s, int t) {
        List<Token> w = s.tokens();
        int i = t - 1;
        while (i >= 0 && w.get(i).tag().startsWith("JJ")) {
            i--;
        }
        boolean ruled = i >= 3 && w.get(i).word().equalsIgnoreCase("no") && w.get(i - 1).word().equalsIgnoreCase("be")
                && MODALS.contains(w.get(i - 2).word().toLowerCase()) && w.get(i - 3).word().equalsIgnoreCase("there");
        return ruled ? i - 3 : -1;
    }

    /** A refusal: the verb of saying that makes it, the refusal entry, and who refuses whom. */
    public record Refusal(int verb, LexiconEntry entry, Participants.Roles roles) {
    }
}
