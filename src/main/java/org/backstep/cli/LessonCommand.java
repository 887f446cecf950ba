package org.backstep.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.backstep.lesson.Lesson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on one lesson: its options are checked first (a mistake in them is a
 * usage error, exit 64), then the lesson is opened (a broken one prints its located problems,
 * exit 2), then the command runs on it.
 */
abstract class LessonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LessonArgument lesson;

    /** What is wrong with the options, as the message ends ("--epoch must be …"), or null. */
    String usageProblem() {
        return null;
    }

    /** Runs on the opened lesson and returns the exit code. */
    abstract int run(Lesson lesson) throws IOException;

    @Override
    public final Integer call() throws IOException {
        String problem = usageProblem();
        if (problem != null) {
            return Usage.fail(spec, problem);
        }
        Lesson l = lesson.open();
        return l == null ? Cli.BAD_LESSON : run(l);
    }

    /** Tells standard error, as "backstep: …". */
    void complain(String message) {
        spec.commandLine().getErr().println("backstep: " + message);
    }
}
