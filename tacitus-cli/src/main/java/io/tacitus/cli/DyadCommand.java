// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.store.ActorFilter;
import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.DyadPeriod;
import io.tacitus.store.DyadQuery;
import io.tacitus.store.Period;
import io.tacitus.store.StoredEvent;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus dyad X Y}: a dyad's events per period, by quad class, with mean Goldstein and top events. */
@Command(name = "dyad", description = "Count the events between two actors per period: by quad class, mean Goldstein "
        + "score and the top events by mentions. Both directions unless --directed.")
final class DyadCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "X", description = "a country (USA) or a full actor code (USAGOV)")
    String x;

    @Parameters(index = "1", paramLabel = "Y", description = "a country or a full actor code")
    String y;

    @Option(names = "--by", description = "month (default), quarter or year")
    String by = "month";

    @Option(names = "--directed", description = "Only X → Y (events without direction, such as meetings, count too).")
    boolean directed;

    @Option(names = "--top", paramLabel = "N", description = "Top events listed per period (default ${DEFAULT-VALUE}).")
    int top = 3;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        DyadQuery query = new DyadQuery(ActorFilter.parse(x), ActorFilter.parse(y), Period.parse(by), directed, top);
        try (DuckDbEventStore db = store.openExisting()) {
            print(query, db.dyad(query), System.out);
        }
        return 0;
    }

    static void print(DyadQuery q, List<DyadPeriod> periods, PrintStream out) {
        int events = periods.stream().mapToInt(DyadPeriod::events).sum();
        out.printf("%s %s %s, by %s: %d events in %d periods (periods without events are not listed)%n", q.x(),
                q.directed() ? "→" : "↔", q.y(), q.by().name().toLowerCase(Locale.ROOT), events, periods.size());
        out.println("quad classes: q1 verbal cooperation, q2 material cooperation, q3 verbal conflict, "
                + "q4 material conflict; goldstein: mean over events");
        out.println("an event dated only to the year, by month or quarter, is counted on its year's \""
                + Period.YEAR_ONLY.strip() + "\" line");
        out.println();
        out.printf(Locale.ROOT, "%-18s %6s %8s %4s %4s %4s %4s %9s%n", "period", "events", "mentions", "q1", "q2",
                "q3", "q4", "goldstein");
        for (DyadPeriod p : periods) {
            out.printf(Locale.ROOT, "%-18s %6d %8d %4d %4d %4d %4d %9.2f%n", p.label(), p.events(), p.mentions(),
                    p.verbalCooperation(), p.materialCooperation(), p.verbalConflict(), p.materialConflict(),
                    p.meanGoldstein());
            for (StoredEvent e : p.top()) {
                out.printf(Locale.ROOT, "    %4d× %-27s %-5s %-34s %-10s #%d%n", e.mentions(), e.dyad(), e.cameo(),
                        cut(e.cameoName(), 34), e.date() == null ? "-" : e.date(), e.id());
            }
        }
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
