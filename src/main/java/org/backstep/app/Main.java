package org.backstep.app;

import org.backstep.cli.Cli;

/** Starts Backstep: with arguments, the command line; the window arrives with the next issue. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"--help"} : args;
        System.exit(Cli.run(effective));
    }
}
