// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.server;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Headless Chromium as a subprocess (Debian's package {@code chromium}): dumps a page's DOM, takes screenshots. */
final class Chromium {
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path profiles;

    private Chromium(Path executable, Path profiles) {
        this.executable = executable;
        this.profiles = profiles;
    }

    /** The browser on the PATH, if installed; each run gets a fresh profile folder under {@code profiles}. */
    static Optional<Chromium> find(Path profiles) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new Chromium(p, profiles));
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM after the page's scripts ran (10 s of virtual time), serialised. */
    String dumpDom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url), null);
    }

    /** A screenshot of the page at 1280×900. */
    void screenshot(String url, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1280,900", url), png);
    }

    private String run(List<String> what, Path expected) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(profiles, "profile");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000"));
        command.addAll(what);
        Path out = profile.resolveSibling(profile.getFileName() + ".out");
        Path err = profile.resolveSibling(profile.getFileName() + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (p.exitValue() != 0 || (expected != null && !Files.exists(expected))) {
            throw new AssertionError("chromium failed (" + p.exitValue() + "): " + Files.readString(err));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
