package org.backstep.ui.training;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.Lesson;
import org.backstep.replay.Divergence;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.TrainingController;
import org.backstep.ui.values.QuantityWords;

/** What the training tab says about a finished run or comparison, in the window's language. */
final class TrainingReport {
    private final Texts texts;

    TrainingReport(Texts texts) {
        this.texts = texts;
    }

    /**
     * How the run ended: where it diverged, when it was cancelled, or its last loss; with
     * mini-batches the updates are counted besides the epochs, an epoch making several.
     */
    String ending(TrainingController.Outcome outcome) {
        TrainingRun run = outcome.run();
        double[] losses = outcome.losses();
        boolean batches = run.step().stepsPerEpoch() > 1;
        if (run.divergedAt() >= 0) {
            return texts.format("training.diverged", run.divergedAt());
        }
        if (run.wasCancelled()) {
            return batches ? texts.format("training.cancelled.batches", run.completedEpochs(), run.completedSteps())
                    : texts.format("training.cancelled", run.completedEpochs());
        }
        String last = texts.number(losses[losses.length - 1]);
        return batches ? texts.format("training.finished.batches", run.completedEpochs(), run.completedSteps(), last)
                : texts.format("training.finished", run.completedEpochs(), last);
    }

    /**
     * A run's curves: the loss of all the data at each epoch and, when an epoch takes several
     * steps, each step's batch loss as a faint line behind it, both named in the legend.
     */
    List<LossChart.Curve> curves(TrainingController.Outcome outcome) {
        double[][] epochs = outcome.curve();
        if (outcome.stepCurve() == null) {
            return List.of(new LossChart.Curve(null, epochs[0], epochs[1]));
        }
        double[][] steps = outcome.stepCurve();
        return List.of(new LossChart.Curve(texts.get("training.curve.epochs"), epochs[0], epochs[1]),
                new LossChart.Curve(texts.get("training.curve.batches"), steps[0], steps[1], true));
    }

    /** What the chart of a run shows, for a screen reader: one line, or the epochs' line and the batches'. */
    String chartDescription(TrainingController.Outcome outcome) {
        return outcome.stepCurve() == null ? texts.get("training.chart.description")
                : texts.format("training.chart.description.batches",
                outcome.run().step().batching().batchSize(outcome.run().step().data().size()));
    }

    /**
     * Which quantity of {@code lesson} first went wrong in the step that broke, at which event
     * (numbered from 1, as the debugger counts them): "At epoch 177, event 14, sample 4 of 4: the
     * weighted sum of ŷ became too large (1.9e154); …".
     */
    String why(Divergence divergence, Lesson lesson, TrainingRun run) {
        if (!divergence.hasEvent()) {
            return texts.format("training.why.cut", divergence.epoch());
        }
        var quantities = run.step().quantities();
        String quantity = new QuantityWords(texts, lesson, quantities).name(divergence.slot());
        String sample = divergence.sample() < 0 ? ""
                : texts.format("speech.ofSample", divergence.sample() + 1, run.step().data().size());
        String key = switch (divergence.kind()) {
            case NOT_A_NUMBER -> "training.why.notANumber";
            case INFINITE -> "training.why.infinite";
            case TOO_LARGE -> "training.why.tooLarge";
        };
        return texts.format(key, divergence.epoch(), divergence.event() + 1, sample, quantity,
                texts.number(divergence.value(), 3));
    }

    /**
     * The chart's mark of where the run diverged: at the broken epoch, as high as the last loss
     * that was still a number (0 when there was none).
     */
    LossChart.Mark mark(TrainingController.Outcome outcome) {
        double[] losses = outcome.losses();
        int epoch = outcome.run().divergedAt();
        return new LossChart.Mark(epoch, losses.length > 0 ? losses[losses.length - 1] : 0,
                texts.format("training.mark", epoch));
    }

    /** The compared runs' curves, each labelled with its optimizer or its rate. */
    List<LossChart.Curve> curves(List<TrainingController.Compared> results, boolean byOptimizer) {
        List<LossChart.Curve> curves = new ArrayList<>();
        for (TrainingController.Compared r : results) {
            curves.add(new LossChart.Curve(label(r, byOptimizer), r.curve()[0], r.curve()[1]));
        }
        return curves;
    }

    /**
     * Each compared run's final loss, or where it diverged; for optimizers, which ended lowest
     * (the question a student compares them to answer).
     */
    String summary(List<TrainingController.Compared> results, boolean byOptimizer) {
        StringBuilder summary = new StringBuilder();
        TrainingController.Compared lowest = null;
        for (TrainingController.Compared r : results) {
            double[] losses = r.run().losses();
            boolean diverged = r.run().divergedAt() >= 0;
            summary.append(summary.length() == 0 ? "" : "; ").append(diverged
                    ? texts.format("training.compare.diverged", label(r, byOptimizer), r.run().divergedAt())
                    : texts.format("training.compare.final", label(r, byOptimizer), texts.number(losses[losses.length - 1])));
            if (!diverged && (lowest == null || losses[losses.length - 1] < finalLoss(lowest))) {
                lowest = r;
            }
        }
        if (byOptimizer && lowest != null && results.size() > 1) {
            summary.append(". ").append(texts.format("training.compare.lowest", label(lowest, true)));
        }
        return summary.toString();
    }

    private static double finalLoss(TrainingController.Compared r) {
        double[] losses = r.run().losses();
        return losses[losses.length - 1];
    }

    private String label(TrainingController.Compared r, boolean byOptimizer) {
        return byOptimizer ? kindName(r.optimizer().kind())
                : texts.format("training.compare.label", texts.number(r.rate()));
    }

    /** An optimizer's name in the window's language ("Adam", "Momentum"). */
    String kindName(org.backstep.engine.Optimizer.Kind kind) {
        return texts.get("optimizer." + kind.fileName());
    }
}
