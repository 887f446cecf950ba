package org.backstep.cli;

import java.io.PrintStream;
import org.backstep.engine.NetworkShape;
import org.backstep.lesson.Lesson;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a lesson file; print every problem with its file, line, column and field.")
final class ValidateCommand extends LessonCommand {
    @Override
    int run(Lesson l) {
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
