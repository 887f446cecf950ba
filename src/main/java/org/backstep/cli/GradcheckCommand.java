package org.backstep.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backstep.engine.GradientCheck;
import org.backstep.engine.Limits;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "gradcheck", mixinStandardHelpOptions = true,
        description = "Compare every analytic gradient with a central finite difference; exit 1 if any relative "
                + "error exceeds the tolerance.")
final class GradcheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LessonArgument lesson;

    @Option(names = "--epoch", paramLabel = "N", description = "check at the parameters after N updates (default: 0)")
    int epoch;

    @Option(names = "--tolerance", paramLabel = "EPS", description = "largest relative error allowed (default: 1e-6)")
    double tolerance = GradientCheck.DEFAULT_TOLERANCE;

    @Override
    public Integer call() {
        if (!Limits.epochsAllowed(epoch)) {
            return Usage.fail(spec, "--epoch " + Limits.epochsRule());
        }
        if (!(tolerance > 0)) {
            return Usage.fail(spec, "--tolerance must be a positive number");
        }
        Lesson l = lesson.open();
        if (l == null) {
            return Cli.BAD_LESSON;
        }
        TrainingStep step = l.newStep();
        TrainingRun run = TrainingRun.train(step, l.startState(), epoch);
        if (run.completedUpdates() < epoch) {
            spec.commandLine().getErr().println("backstep: training diverged at epoch " + run.divergedAt()
                    + ", before epoch " + epoch);
            return Cli.CHECK_FAILED;
        }
        List<GradientCheck.Row> rows = GradientCheck.check(step, run.parametersAt(epoch));
        PrintStream out = BackstepCommand.out(spec);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %24s %24s %12s  %s%n",
                "parameter", "analytic", "numeric", "rel. error", "result"));
        int failed = 0;
        for (GradientCheck.Row r : rows) {
            String result = r.crossesKink() ? "skipped: a ReLU kink lies within the difference step"
                    : r.passes(tolerance) ? "ok" : "FAIL";
            if (!r.passes(tolerance)) {
                failed++;
            }
            sb.append(String.format(Locale.ROOT, "%-14s %24s %24s %12.3e  %s%n", r.name(),
                    Double.toString(r.analytic()), Double.toString(r.numeric()), r.relativeError(), result));
        }
        sb.append(String.format(Locale.ROOT, "%d of %d gradients within a relative error of %s%n",
                rows.size() - failed, rows.size(), tolerance));
        out.print(sb);
        out.flush();
        return failed == 0 ? Cli.OK : Cli.CHECK_FAILED;
    }
}
