package org.backstep.cli;

import org.backstep.engine.Limits;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import picocli.CommandLine.Option;

/**
 * Which step of training a command looks at: {@code --step K} (counted over the run from 0, one
 * per batch) or {@code --epoch N} (the first step of epoch N); with full batch the two are the
 * same. Trains the lesson silently as far as that step.
 */
final class StepOptions {
    @Option(names = "--epoch", paramLabel = "N", description = "the first step of epoch N (default: 0)")
    Integer epoch;

    @Option(names = "--step", paramLabel = "K",
            description = "step K, counted from 0 over the whole run, one step per batch")
    Integer step;

    /** What is wrong with the options, as a usage message ends, or null. */
    String problem() {
        if (epoch != null && step != null) {
            return "give --epoch or --step, not both";
        }
        if (epoch != null && !Limits.epochsAllowed(epoch)) {
            return "--epoch " + Limits.epochsRule();
        }
        return step != null && step < 0 ? "--step must be 0 or more" : null;
    }

    /** The step asked for in a lesson whose epochs take {@code perEpoch} steps. */
    int stepIn(int perEpoch) {
        return step != null ? step : (epoch == null ? 0 : epoch) * perEpoch;
    }

    /**
     * The run that reaches the step asked for, or null after telling {@code complain} why it cannot
     * (too far, or training diverged before it).
     */
    TrainingRun trainTo(Lesson lesson, TrainingStep trainer, java.util.function.Consumer<String> complain) {
        int perEpoch = trainer.stepsPerEpoch();
        long k = stepIn(perEpoch);
        long epochs = (k + perEpoch - 1) / perEpoch;
        if (epochs > Limits.MAX_EPOCHS) {
            complain.accept("--step " + k + " lies beyond epoch " + Limits.MAX_EPOCHS + " (" + perEpoch
                    + " steps an epoch)");
            return null;
        }
        TrainingRun run = TrainingRun.train(trainer, lesson.startState(), (int) epochs);
        if (run.completedSteps() < k) {
            int broken = run.divergedStep();
            String where = perEpoch == 1 ? "epoch " + broken : "step " + broken + " (epoch " + broken / perEpoch + ")";
            String asked = perEpoch == 1 ? "epoch " + k : "step " + k;
            complain.accept("training diverged at " + where + ": the loss is no longer a finite number, so " + asked
                    + " never happens; trace " + (perEpoch == 1 ? "--epoch " : "--step ") + broken
                    + " to see where it broke");
            return null;
        }
        return run;
    }
}
