// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the store file is: the {@code --db} option if given, else the environment variable
 * {@value #ENV}, else {@code data/tacitus.duckdb} relative to the working directory.
 */
public final class StoreLocation {
    /** The environment variable that names the store file. */
    public static final String ENV = "TACITUS_DB";
    /** The default store file, relative to the working directory. */
    public static final Path DEFAULT = Path.of("data", "tacitus.duckdb");

    private StoreLocation() {
    }

    /** The store file for an option (may be null) and an environment. */
    public static Path resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        String fromEnv = env.get(ENV);
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT : Path.of(fromEnv);
    }
}
