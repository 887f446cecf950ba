package org.backstep.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Reports a command written wrong, the way picocli reports its own parse errors. */
final class Usage {
    private Usage() {
    }

    static int fail(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("backstep " + spec.name() + ": " + message);
        spec.commandLine().getErr().println("Try 'backstep " + spec.name() + " --help' for more information.");
        return Cli.BAD_USAGE;
    }
}
