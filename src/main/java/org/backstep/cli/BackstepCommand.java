package org.backstep.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "backstep", mixinStandardHelpOptions = true, version = "Backstep 0.1.0",
        description = "A step debugger for backpropagation. LESSON is a lesson file or the id of a bundled lesson "
                + "(the lessons command lists them).",
        subcommands = {TraceCommand.class, TrainCommand.class, GradcheckCommand.class, ValidateCommand.class,
            LessonsCommand.class},
        footer = {"", "Exit codes: 0 done, 1 a check failed, 2 the lesson cannot be used, 64 wrong usage."})
final class BackstepCommand implements Callable<Integer> {
    final PrintStream out;

    @Spec
    CommandSpec spec;

    BackstepCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }

    /** Subcommands reach the raw output stream through their parent. */
    static PrintStream out(CommandSpec sub) {
        return ((BackstepCommand) sub.parent().userObject()).out;
    }
}
