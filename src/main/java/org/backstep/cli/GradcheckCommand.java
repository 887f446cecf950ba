package org.backstep.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.backstep.engine.GradientCheck;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gradcheck", mixinStandardHelpOptions = true,
        description = "Compare every analytic gradient with a central finite difference; exit 1 if any relative "
                + "error exceeds the tolerance.")
final class GradcheckCommand extends LessonCommand {
    @Mixin
    StepOptions at = new StepOptions();

    @Option(names = "--tolerance", paramLabel = "EPS", description = "largest relative error allowed (default: 1e-6)")
    double tolerance = GradientCheck.DEFAULT_TOLERANCE;

    @Override
    String usageProblem() {
        String problem = at.problem();
        if (problem != null) {
            return problem;
        }
        return tolerance > 0 ? null : "--tolerance must be a positive number";
    }

    @Override
    int run(Lesson l) {
        TrainingStep step = l.newStep();
        TrainingRun run = at.trainTo(l, step, this::complain);
        if (run == null) {
            return Cli.CHECK_FAILED;
        }
        int k = at.stepIn(step.stepsPerEpoch());
        // The gradient the step uses: its batch's (with full batch, all the data's).
        List<GradientCheck.Row> rows = GradientCheck.checkStep(step, k, run.stateAtStep(k).parameters());
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
