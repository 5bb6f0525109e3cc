// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.List;

/**
 * Repairs a relative clause whose pronoun was read as the object: in "Sanaa, which has long accused Iran of
 * backing the rebels, denied ..." CoreNLP may give {@code accused} two objects, the antecedent (through "which")
 * and "Iran", and no subject. A verb cannot have two objects; when the relative clause's verb has no subject, the
 * antecedent stands before it and another object follows it, the antecedent is the subject.
 */
public final class RelativeSubjects {
    private RelativeSubjects() {
    }

    /** The dependencies with each such antecedent made the subject; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency rel : deps) {
            if (!rel.relation().equals("acl:relcl") || rel.governor() < 0 || rel.governor() >= rel.dependent()) {
                continue;
            }
            int verb = rel.dependent();
            Dependency antecedent = null;
            boolean later = false;
            boolean subject = false;
            for (Dependency d : deps) {
                if (d.governor() != verb) {
                    continue;
                }
                antecedent = d.relation().equals("obj") && d.dependent() == rel.governor() ? d : antecedent;
                later |= d.relation().equals("obj") && d.dependent() > verb;
                subject |= d.base().startsWith("nsubj");
            }
            if (antecedent != null && later && !subject) {
                Dependency nsubj = new Dependency("nsubj", antecedent.governor(), antecedent.dependent());
                out = DependencyEdit.replaced(out, antecedent, nsubj);
            }
        }
        return out;
    }
}
