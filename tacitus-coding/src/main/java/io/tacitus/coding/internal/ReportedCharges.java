// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.Lexicon;
import io.tacitus.coding.LexiconEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A hostile act told by the other side is also a charge: "Ankara said the plane had violated Turkish airspace",
 * "China's foreign ministry said Indian soldiers had trespassed into Chinese territory", "Xinhua said Vietnamese
 * ships had fired first". The sayer accuses the doer (CAMEO 112), dated when it was said; the act itself is coded
 * as told. Neither is made when the sayer is on the doer's side ("Moscow said its jets had struck ...").
 */
public final class ReportedCharges {
    private static final Set<String> HOSTILE = Set.of("15", "16", "17", "18", "19", "20");
    /** Measures taken against people or states: reducing relations (16), coercion (17). */
    private static final Set<String> MEASURES = Set.of("16", "17");

    private final EntryMatcher matcher;
    private final LexiconEntry accuse;

    public ReportedCharges(EntryMatcher matcher, Lexicon lexicon) {
        this.matcher = matcher;
        this.accuse = lexicon.verb("accuse", "accuse").orElse(null);
    }

    /** The charge implied by the act at p told in a clause of saying, if its teller is foreign to its doers. */
    public Optional<Charge> of(Sentence s, int p, LexiconEntry act, Participants.Roles told, Participants participants) {
        String code = act.type().code().value();
        List<ActorMention> doers = told.sources();
        // a complete act, done to someone: not "a jet shot down over Ukraine" with its victim taken for the doer
        boolean hostile = HOSTILE.contains(act.type().code().root()) || code.startsWith("128");
        if (accuse == null || doers.isEmpty() || told.targets().isEmpty() || !hostile) {
            return Optional.empty();
        }
        int say = sayingVerb(s, p);
        if (say < 0) {
            return Optional.empty();
        }
        LexiconEntry saying = matcher.match(s, say);
        List<ActorMention> tellers = participants.roles(say, saying).sources().stream()
                .filter(t -> t.entity().code().country() != null && !t.entity().code().country().equals("IGO"))
                .filter(t -> doers.stream().noneMatch(d -> t.entity().code().country().equals(d.entity().code().country())))
                .toList();
        return tellers.isEmpty() ? Optional.empty()
                : Optional.of(new Charge(say, accuse, new Participants.Roles(tellers, doers, false)));
    }

    /**
     * The charge a measure states about those it falls on: "imposed sanctions on four Chinese officials accused of
     * responsibility for ...", "expelled three American consular officials accused of recruiting students". The
     * measure's source accuses its targets (112), in the words of the participle, which names no other accuser.
     */
    public Optional<Charge> ofMeasure(Sentence s, int p, LexiconEntry act, Participants.Roles roles) {
        if (accuse == null || roles.sources().isEmpty() || roles.targets().isEmpty()
                || !MEASURES.contains(act.type().code().root())) {
            return Optional.empty();
        }
        for (Dependency arg : s.children(p)) {
            boolean argument = arg.base().equals("obj") || arg.base().equals("obl") || arg.base().equals("nmod");
            for (Dependency mod : argument ? s.children(arg.dependent()) : List.<Dependency>of()) {
                int w = mod.dependent();
                boolean accused = (mod.base().equals("acl") || mod.base().equals("amod"))
                        && s.tokens().get(w).word().equalsIgnoreCase("accused")
                        && s.children(w).stream().noneMatch(d -> d.base().startsWith("nsubj") || d.relation().equals("obl:by")
                                || d.relation().equals("obl:agent"));
                if (accused) {
                    return Optional.of(new Charge(w, accuse, new Participants.Roles(roles.sources(), roles.targets(), false)));
                }
            }
        }
        return Optional.empty();
    }

    /** The verb of saying whose complement clause holds p ("said [that] ... had fired"), or -1. */
    private int sayingVerb(Sentence s, int p) {
        for (Dependency d : s.parents(p)) {
            if (d.governor() >= 0 && d.base().equals("ccomp")) {
                LexiconEntry e = matcher.match(s, d.governor());
                return e != null && e.flags().contains("say") ? d.governor() : -1;
            }
        }
        return -1;
    }

    /** A charge: the verb of saying that makes it, the accusation entry, and who accuses whom. */
    public record Charge(int verb, LexiconEntry entry, Participants.Roles roles) {
    }
}
