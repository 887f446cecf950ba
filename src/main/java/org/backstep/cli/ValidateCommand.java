package org.backstep.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.backstep.engine.NetworkShape;
import org.backstep.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a lesson file; print every problem with its file, line, column and field.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LessonArgument lesson;

    @Override
    public Integer call() {
        Lesson l = lesson.open();
        if (l == null) {
            return Cli.BAD_LESSON;
        }
        NetworkShape shape = l.shape();
        StringBuilder layers = new StringBuilder().append(shape.inputs());
        for (int i = 0; i < shape.layers(); i++) {
            layers.append('-').append(shape.units(i));
        }
        PrintStream out = BackstepCommand.out(spec);
        out.println("valid: " + l.source() + " \"" + l.title() + "\": a " + layers + " network, "
                + shape.parameterCount() + " parameters, " + l.data().size() + " sample"
                + (l.data().size() == 1 ? "" : "s") + ", loss " + shape.loss().fileName()
                + (l.walkthrough().isEmpty() ? "" : ", a walkthrough of " + count(l.walkthrough().size(), "stop")
                        + " with " + count(l.walkthrough().questionCount(), "question")));
        out.flush();
        return Cli.OK;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
