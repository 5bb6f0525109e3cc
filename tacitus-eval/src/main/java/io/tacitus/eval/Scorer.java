// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.eval;

import io.tacitus.api.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores coded events against gold documents with exactly the rules of eval/README.md: distinct
 * (source country, target country, root) triples per document; a non-optional gold event found by some
 * triple is a true positive, else a miss; a triple matching no gold event (optional ones included) is a
 * false positive, and forbidden too if it matches a forbid entry; date accuracy over found gold events
 * with a date. Stateless.
 */
public final class Scorer {
    public EvalReport score(List<GoldDocument> docs, Map<String, List<Event>> eventsByDoc) {
        EvalReport report = new EvalReport();
        for (GoldDocument doc : docs) {
            score(doc, eventsByDoc.getOrDefault(doc.id(), List.of()), report);
        }
        return report;
    }

    private static void score(GoldDocument doc, List<Event> events, EvalReport report) {
        Map<Triple, List<Event>> triples = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.target() == null || e.source().code().country() == null || e.target().code().country() == null) {
                continue;
            }
            Triple t = new Triple(e.source().code().country(), e.target().code().country(), e.type().code().root());
            triples.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
        }
        for (GoldEvent g : doc.gold()) {
            Triple found = null;
            boolean dateOk = false;
            for (Map.Entry<Triple, List<Event>> t : triples.entrySet()) {
                if (g.matches(t.getKey())) {
                    found = found == null ? t.getKey() : found;
                    for (Event e : t.getValue()) {
                        if (g.date() != null && e.date() != null && e.date().toString().startsWith(g.date())) {
                            dateOk = true;
                        }
                    }
                }
            }
            if (g.optional()) {
                continue;
            }
            if (found != null) {
                report.truePositive(doc, g, found, g.date() == null ? null : dateOk);
            } else {
                report.miss(doc, g);
            }
        }
        Set<Triple> unmatched = new LinkedHashSet<>();
        for (Triple t : triples.keySet()) {
            boolean any = doc.gold().stream().anyMatch(g -> g.matches(t));
            if (!any) {
                unmatched.add(t);
            }
        }
        for (Triple t : unmatched) {
            boolean forbidden = doc.forbid().stream().anyMatch(f -> f.matches(t));
            report.falsePositive(doc, t, triples.get(t), forbidden);
        }
    }
}
