// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.actors.ActorKnowledge;
import io.tacitus.actors.ActorLookup;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus actor NAME [--date D]}: who a name is on a day. */
@Command(name = "actor", description = "Print the code, role, canonical name and matching entry of an actor name on a date.")
final class ActorCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "NAME", description = "e.g. \"Putin\", \"the Kremlin\", \"Russian troops\"")
    String name;

    @Option(names = "--date", description = "The day (YYYY-MM-DD); default today.")
    LocalDate date;

    @Option(names = "--actors", description = "Actor file that adds or overrides entries; repeatable.")
    List<Path> actors = new ArrayList<>();

    @Override
    public Integer call() {
        LocalDate day = date == null ? LocalDate.now() : date;
        ActorKnowledge knowledge = ActorKnowledge.load(actors);
        Optional<ActorLookup.Resolution> r = new ActorLookup(knowledge).resolve(name, day);
        if (r.isEmpty()) {
            System.out.println("unknown: " + name);
            return Tacitus.SOME_FAILED;
        }
        ActorLookup.Resolution x = r.get();
        System.out.println("code:    " + x.code().value());
        System.out.println("country: " + (x.code().country() == null ? "-" : x.code().country()));
        System.out.println("role:    " + (x.code().role() == null ? "-" : x.code().role()));
        System.out.println("name:    " + (x.name() == null ? "-" : x.name()));
        System.out.println("entry:   " + x.entry());
        if (x.term() != null) {
            System.out.println("term:    " + x.term().title() + " " + x.term().start() + " to "
                    + (x.term().end() == null ? "-" : x.term().end()));
        }
        System.out.println("date:    " + day);
        System.out.println("version: " + knowledge.version());
        return 0;
    }
}
