// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.api.EventDate;
import io.tacitus.store.ActorFilter;
import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.EventListing;
import io.tacitus.store.EventQuery;
import io.tacitus.store.StoredEvent;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tacitus events}: lists stored events with their counts. */
@Command(name = "events", description = "List stored events, in date order, with their mention, article and outlet counts.")
final class EventsCommand implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "X", description = "Source actor: a country (USA) or a full code (USAGOV).")
    String source;

    @Option(names = "--target", paramLabel = "Y", description = "Target actor: a country or a full code.")
    String target;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root, e.g. 04 or 19.")
    String root;

    @Option(names = "--from", paramLabel = "D", description = "Events on or after this date: 2014, 2018-11 or 2019-06-28.")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Events on or before this date: 2014, 2018-11 or 2019-06-28.")
    String to;

    @Option(names = "--place", paramLabel = "P", description = "Place name (any case) or ISO alpha-3 country of the place.")
    String place;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default ${DEFAULT-VALUE}).")
    int limit = 100;

    @Option(names = "--format", description = "table (default), jsonl or csv")
    String format = "table";

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        EventListing.Format f = EventListing.Format.parse(format);
        EventQuery query = EventQuery.all(limit)
                .withActors(source == null ? null : ActorFilter.parse(source), target == null ? null : ActorFilter.parse(target))
                .withRoot(root)
                .withDates(from == null ? null : EventDate.parse(from), to == null ? null : EventDate.parse(to))
                .withPlace(place);
        try (DuckDbEventStore db = store.openExisting()) {
            List<StoredEvent> events = db.events(query);
            EventListing.write(events, f, System.out);
            if (events.size() == limit) {
                System.err.println("(first " + limit + " events; --limit shows more)");
            }
        }
        return 0;
    }
}
