// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.coding.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Acts told as a copy of an earlier one (lexicon rows flagged {@code kind}): "Belarus expelled Latvia's ambassador,
 * and Latvia responded in kind" is Latvia expelling Belarus's ambassador; "Saudi Arabia recalled its envoy from Doha,
 * and Bahrain followed suit" is Bahrain recalling its envoy from Doha. A reply in kind ("responded in kind",
 * "reciprocated") turns the last act done to the replier back on its doer; following suit repeats the last act
 * another did to someone, on the same targets. With no such act told before, the words code nothing. One instance
 * per document, remembering every act with its targets in the order told; not thread-safe.
 */
public final class Imitations {
    /** Verbs of a reply in kind; the other rows ("follow suit", "do the same") repeat what another did. */
    private static final Set<String> REPLIES = Set.of("respond", "retaliate", "reciprocate");
    /** Roots of words (statements, appeals, demands, criticism, rejections, threats), copied only failing deeds. */
    private static final Set<String> WORDS = Set.of("01", "02", "09", "10", "11", "12", "13");
    private final List<Done> done = new ArrayList<>();

    void remember(LexiconEntry e, Participants.Roles roles) {
        if (!roles.sources().isEmpty() && !roles.targets().isEmpty() && !e.flags().contains("kind")) {
            done.add(new Done(e, roles));
        }
    }

    /** The copied act under the copying row's id, with its roles, or empty when nothing was told to copy. */
    public Optional<Copy> copy(LexiconEntry row, Participants.Roles roles) {
        List<ActorMention> own = roles.sources();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        boolean reply = REPLIES.contains(row.lemma()); // a reply in kind answers what was done to the replier
        Optional<Copy> deed = copy(row, own, reply, true);
        return deed.isPresent() ? deed : copy(row, own, reply, false);
    }

    /** The latest act to copy; with {@code deedsOnly}, only acts that are more than words. */
    private Optional<Copy> copy(LexiconEntry row, List<ActorMention> own, boolean reply, boolean deedsOnly) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Done d = done.get(i);
            if (deedsOnly && WORDS.contains(d.entry().type().code().root())) {
                continue; // "recalled its ambassador and said the bloodshed was unacceptable; Kuwait followed suit"
            }
            if (d.roles().targets().stream().allMatch(t -> Judgements.sameCountry(t, d.roles().sources()))) {
                continue; // a crackdown at home is not what another state follows or answers
            }
            boolean toUs = d.roles().targets().stream().anyMatch(t -> Judgements.sameCountry(t, own));
            boolean byUs = d.roles().sources().stream().anyMatch(x -> Judgements.sameCountry(x, own));
            List<ActorMention> targets = reply ? d.roles().sources()
                    : d.roles().targets().stream().filter(t -> !Judgements.sameCountry(t, own)).toList();
            if (!byUs && (reply ? toUs : !targets.isEmpty())) {
                LexiconEntry copied = row.recoded(d.entry().type(), "");
                return Optional.of(new Copy(copied, new Participants.Roles(own, targets, false)));
            }
        }
        return Optional.empty();
    }

    private record Done(LexiconEntry entry, Participants.Roles roles) {
    }

    /** The act a copy makes: the copying row recoded as the copied act, and who did it to whom. */
    public record Copy(LexiconEntry entry, Participants.Roles roles) {
    }
}
