// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.nlp.internal;

import io.tacitus.api.Dependency;
import io.tacitus.api.Token;
import java.util.List;

/**
 * Repairs a participle clause set off by a comma that CoreNLP hangs on the verb's object: in "Fiji expelled New
 * Zealand's high commissioner, Michael Green, on Thursday, accusing him of interfering" the parser may build
 * {@code acl(Green, accusing)}, as if the envoy did the accusing. A gerund after a comma that closes the object's
 * phrase tells what the clause's subject did while or by doing the main act, so it becomes
 * {@code advcl(expelled, accusing)} and takes the main verb's subject.
 */
public final class TrailingParticiples {
    private TrailingParticiples() {
    }

    /** The dependencies with each such participle moved to the main verb; the same list when there is none. */
    public static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        List<Dependency> out = deps;
        for (Dependency acl : deps) {
            int p = acl.dependent();
            if (!acl.relation().equals("acl") || p <= acl.governor() || p == 0 || !tokens.get(p).tag().equals("VBG")
                    || !tokens.get(p - 1).word().equals(",")) {
                continue;
            }
            Dependency object = null;
            for (Dependency d : deps) {
                object = d.dependent() == acl.governor() && d.base().equals("obj") && d.governor() >= 0
                        && tokens.get(d.governor()).tag().startsWith("VB") ? d : object;
            }
            if (object != null) {
                out = DependencyEdit.replaced(out, acl, new Dependency("advcl", object.governor(), acl.dependent()));
            }
        }
        return out;
    }
}
