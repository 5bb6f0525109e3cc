// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.coding.internal;

import io.tacitus.api.ActorMention;
import io.tacitus.api.Dependency;
import io.tacitus.api.Sentence;
import io.tacitus.coding.LexiconEntry;
import java.util.List;

/**
 * Who feels and at whom, for an entry flagged {@code feel}: "Australia said it was deeply disappointed by the
 * Solomon Islands' decision", "Japan is gravely concerned about China's military buildup", "Tokyo was outraged at
 * the launch", "the seizure angered Britain". The one who feels is the source: the subject of "be" and an
 * adjective or of the passive, the object of the active verb. The target is whoever the feeling is about: the
 * actor in the entry's slot or the owner of the noun there, else the doer of the thing named ("outraged by the
 * seizure": who seized), and for the active verb its subject ("China angered Japan") or the doer of the subject.
 */
final class Feelings {
    private Feelings() {
    }

    static Participants.Roles roles(Arguments args, InferredTargets inferred, int p, LexiconEntry entry, boolean passive) {
        Sentence s = args.sentence();
        boolean active = !passive && s.children(p).stream().anyMatch(d -> d.base().equals("obj"));
        boolean stative = s.children(p).stream().anyMatch(d -> d.relation().equals("cop"));
        if ((!active && !passive && !stative) || asFarAs(s, p)) { // "passed on EU concerns about a crackdown", misread as a verb
            return new Participants.Roles(List.of(), List.of(), false);
        }
        List<ActorMention> feelers = active ? args.children(p, d -> d.base().equals("obj"))
                : args.children(p, d -> d.base().equals("nsubj"));
        List<ActorMention> targets = List.of();
        int cause = -1;
        if (active) {
            for (Dependency d : s.children(p)) {
                cause = d.base().equals("nsubj") ? d.dependent() : cause;
            }
            targets = cause >= 0 ? args.at(cause) : targets;
            targets = targets.isEmpty() && cause >= 0 ? args.below(cause, 2) : targets; // "Japan's purchase of the islands"
            targets = targets.isEmpty() && cause >= 0 ? whose(args, cause, p) : targets;
        } else {
            for (String slot : entry.targets()) {
                targets = targets.isEmpty() ? args.slot(p, slot) : targets;
                for (Dependency d : cause < 0 ? s.children(p) : List.<Dependency>of()) {
                    cause = (d.base().equals("obl") || d.base().equals("nmod")) && slot.equals(d.marker()) ? d.dependent() : cause;
                }
            }
        }
        if (targets.isEmpty() && cause >= 0 && !feelers.isEmpty()) {
            targets = inferred.targets(p, cause, entry, feelers); // "outraged by the seizure": who seized
        }
        return new Participants.Roles(feelers, Participants.others(targets, feelers), false);
    }

    /** "China, whose sweeping claims have alarmed Hanoi": the one the relative clause is about. */
    private static List<ActorMention> whose(Arguments args, int cause, int p) {
        Sentence s = args.sentence();
        boolean whose = s.children(cause).stream().anyMatch(d -> d.relation().equals("nmod:poss")
                && s.tokens().get(d.dependent()).tag().equals("WP$"));
        for (Dependency up : whose ? s.parents(p) : List.<Dependency>of()) {
            // the parser may leave the clause as a loose "dep" of the noun
            if ((up.relation().equals("acl:relcl") || up.relation().equals("dep")) && up.governor() >= 0 && up.governor() < cause) {
                return args.at(up.governor());
            }
        }
        return List.of();
    }

    /** "As far as Jakarta was concerned, the case was closed": an idiom, no feeling. */
    private static boolean asFarAs(Sentence s, int p) {
        for (int a = Math.max(2, p - 6); a < p; a++) {
            if (s.tokens().get(a - 2).word().equalsIgnoreCase("as") && s.tokens().get(a - 1).word().equalsIgnoreCase("far")
                    && s.tokens().get(a).word().equalsIgnoreCase("as")) {
                return true;
            }
        }
        return false;
    }
}
