// SPDX-License-Identifier: GPL-3.0-or-later
package io.tacitus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code tacitus code|eval|...}. The only place that chooses exit codes. */
@Command(name = "tacitus", mixinStandardHelpOptions = true, version = "tacitus 0.1.0",
        description = "Turns news into political event data (CAMEO): who did what to whom, when and where.",
        subcommands = {CodeCommand.class, EvalCommand.class, ExplainCommand.class, BenchCommand.class,
            ActorCommand.class, PlaceCommand.class, IngestCommand.class, EventsCommand.class, DyadCommand.class,
            TopActorsCommand.class, ExportCommand.class, StoreBenchCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Tacitus {
    /** Exit code when some documents failed. */
    static final int SOME_FAILED = 1;
    /** Exit code for a usage or configuration error. */
    static final int USAGE = 2;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Tacitus());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("tacitus: " + ex.getMessage());
            return USAGE;
        });
        System.exit(cli.execute(args));
    }
}
