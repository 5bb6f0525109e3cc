// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.eval;

import io.tacitus.api.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts and listings of one evaluation; mutable while scoring, then read. Not thread-safe. */
public final class EvalReport {
    private final Map<String, int[]> byRoot = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falsePositives = new ArrayList<>();
    private int tp;
    private int fn;
    private int fp;
    private int forbidden;
    private int dated;
    private int datedRight;

    void truePositive(GoldDocument doc, GoldEvent g, Triple found, Boolean dateRight) {
        tp++;
        root(found.root())[0]++;
        if (dateRight != null) {
            dated++;
            datedRight += dateRight ? 1 : 0;
            if (!dateRight) {
                misses.add("date  " + doc.id() + "  " + g + "  (no matching event has that date)");
            }
        }
    }

    void miss(GoldDocument doc, GoldEvent g) {
        fn++;
        root(g.roots().get(0))[2]++;
        misses.add("miss  " + doc.id() + "  " + g);
    }

    void falsePositive(GoldDocument doc, Triple t, List<Event> events, boolean isForbidden) {
        fp++;
        root(t.root())[1]++;
        forbidden += isForbidden ? 1 : 0;
        Event e = events.get(0);
        falsePositives.add((isForbidden ? "FORBIDDEN  " : "extra ") + doc.id() + "  " + t + "  [" + e.type().code()
                + " " + e.provenance().rule() + ": \"" + e.provenance().trigger() + "\" " + e.source().text() + " -> "
                + e.target().text() + "]  s" + e.provenance().sentence() + ": " + e.provenance().sentenceText());
    }

    private int[] root(String root) {
        return byRoot.computeIfAbsent(root, k -> new int[3]);
    }

    public int truePositives() {
        return tp;
    }

    public int falsePositives() {
        return fp;
    }

    public int misses() {
        return fn;
    }

    public int forbidden() {
        return forbidden;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of found gold events with a date whose date was right; 1 when there are none. */
    public double dateAccuracy() {
        return dated == 0 ? 1 : (double) datedRight / dated;
    }

    public int datedFound() {
        return dated;
    }

    /** The report as text: totals, the per-root table, and optionally every miss and false positive. */
    public String render(boolean listing) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                precision(), recall(), f1(), tp, fp, fn));
        sb.append(String.format("forbidden %d  date accuracy %.3f (%d of %d dated gold events found)%n",
                forbidden, dateAccuracy(), datedRight, dated));
        sb.append(String.format("%-5s %4s %4s %4s %6s %6s %6s%n", "root", "tp", "fp", "fn", "P", "R", "F1"));
        for (Map.Entry<String, int[]> e : byRoot.entrySet()) {
            int[] c = e.getValue();
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sb.append(String.format("%-5s %4d %4d %4d %6.3f %6.3f %6.3f%n", e.getKey(), c[0], c[1], c[2], p, r, f));
        }
        if (listing) {
            misses.forEach(m -> sb.append(m).append('\n'));
            falsePositives.forEach(m -> sb.append(m).append('\n'));
        }
        return sb.toString();
    }
}
