// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import io.tacitus.api.Location;
import io.tacitus.places.GazetteerPlaceResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tacitus place NAME}: the place, its country and coordinates. */
@Command(name = "place", description = "Print the place a name resolves to, its country and coordinates.")
final class PlaceCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "NAME", description = "e.g. \"Lima\", \"the Sea of Azov\"")
    String name;

    @Option(names = "--country", description = "Countries the text is about (ISO alpha-3), most specific first.")
    List<String> countries = new ArrayList<>();

    @Option(names = "--all", description = "List every reading, best first.")
    boolean all;

    @Override
    public Integer call() {
        GazetteerPlaceResolver gazetteer = GazetteerPlaceResolver.bundled();
        List<Location> readings = gazetteer.candidates(name, new LinkedHashSet<>(countries));
        if (readings.isEmpty()) {
            System.out.println("unknown: " + name);
            return Tacitus.SOME_FAILED;
        }
        for (Location l : all ? readings : readings.subList(0, 1)) {
            System.out.println(l.name() + "\t" + (l.country() == null ? "-" : l.country()) + "\t"
                    + (l.lat() == null ? "-" : l.lat() + "\t" + l.lon()));
        }
        return 0;
    }
}
