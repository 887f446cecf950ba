package org.backstep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line: {@code trace}, {@code train}, {@code gradcheck} and {@code validate}. Results go
 * to standard output, messages to standard error. Exit codes: 0 done, 1 a check failed, 2 the
 * lesson cannot be used, 64 the command was written wrong, 70 Backstep itself failed.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int BAD_LESSON = 2;
    public static final int BAD_USAGE = 64;
    public static final int INTERNAL_ERROR = 70;

    private Cli() {
    }

    /** Runs the command line with UTF-8 output whatever the platform's default encoding. */
    public static int run(String[] args) {
        return run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine cli = new CommandLine(new BackstepCommand(out))
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((ex, badArgs) -> {
                    CommandLine at = ex.getCommandLine();
                    at.getErr().println("backstep: " + ex.getMessage());
                    at.getErr().println("Try '" + at.getCommandSpec().qualifiedName() + " --help' for more information.");
                    return BAD_USAGE;
                })
                .setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                    // A user never sees a stack trace; the one line says what failed.
                    commandLine.getErr().println("backstep: internal error: " + ex);
                    return INTERNAL_ERROR;
                });
        int code = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }
}
