// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.store.ActorFilter;
import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.DyadPeriod;
import io.tacitus.store.DyadQuery;
import io.tacitus.store.Period;
import io.tacitus.store.StoredEvent;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            List<DyadPeriod> periods = db.dyad(query);
            print(query, all ? withEmptyPeriods(periods, span(db), query.by()) : periods, System.out);
        }
        return 0;
    }

    @Option(names = "--all-periods", negatable = true, description = "List every period from the store's first event "
            + "to its last, empty ones too (default ${DEFAULT-VALUE}), so the time axis is continuous.")
    boolean all = true;

    /** The first and last day of any event in the store. */
    private static LocalDate[] span(DuckDbEventStore db) {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT min(date_start), max(date_end) FROM events")) {
            if (rs.next() && rs.getDate(1) != null) {
                return new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store's date span: " + e.getMessage(), e);
        }
        return null;
    }

    /** Periods from the span's start to its end, with the dyad's periods in place and empty ones between. */
    static List<DyadPeriod> withEmptyPeriods(List<DyadPeriod> periods, LocalDate[] span, Period by) {
        if (span == null) {
            return periods;
        }
        Map<String, DyadPeriod> byLabel = new LinkedHashMap<>();
        periods.forEach(p -> byLabel.put(p.label(), p));
        List<DyadPeriod> out = new ArrayList<>();
        for (LocalDate d = span[0].withDayOfMonth(1); !d.isAfter(span[1]); d = d.plusMonths(1)) {
            String label = switch (by) {
                case YEAR -> String.valueOf(d.getYear());
                case QUARTER -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
                case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            };
            String coarse = d.getYear() + Period.YEAR_ONLY;
            if (by != Period.YEAR && d.getMonthValue() == 1 && byLabel.containsKey(coarse)) {
                out.add(byLabel.remove(coarse));
            }
            if (out.stream().noneMatch(p -> p.label().equals(label))) {
                DyadPeriod p = byLabel.remove(label);
                out.add(p != null ? p : new DyadPeriod(label, false, 0, 0, 0, 0, 0, 0, 0, List.of()));
            }
        }
        out.addAll(byLabel.values());
        return out;
    }

    static void print(DyadQuery q, List<DyadPeriod> periods, PrintStream out) {
        int events = periods.stream().mapToInt(DyadPeriod::events).sum();
        out.printf("%s %s %s, by %s: %d events; %d periods listed%n", q.x(),
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
