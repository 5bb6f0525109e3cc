// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.store.ActorActivity;
import io.tacitus.store.DuckDbEventStore;
import io.tacitus.store.TopActors;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tacitus top-actors}: the actors and dyads with most events. */
@Command(name = "top-actors", description = "List the actors (as source or target) and the dyads (both directions) "
        + "that take part in most events.")
final class TopActorsCommand implements Callable<Integer> {
    @Option(names = "--limit", paramLabel = "N", description = "Actors and dyads listed (default ${DEFAULT-VALUE}).")
    int limit = 10;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (DuckDbEventStore db = store.openExisting()) {
            TopActors top = db.topActors(limit);
            print("actor", top.actors(), System.out);
            System.out.println();
            print("dyad", top.dyads(), System.out);
        }
        return 0;
    }

    private static void print(String what, List<ActorActivity> rows, PrintStream out) {
        out.printf("%-27s %8s %9s%n", what, "events", "mentions");
        for (ActorActivity a : rows) {
            out.printf("%-27s %8d %9d%n", a.label(), a.events(), a.mentions());
        }
    }
}
