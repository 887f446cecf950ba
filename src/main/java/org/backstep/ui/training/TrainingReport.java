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

    /** How the run ended: where it diverged, when it was cancelled, or its last loss. */
    String ending(TrainingController.Outcome outcome) {
        TrainingRun run = outcome.run();
        double[] losses = outcome.losses();
        if (run.divergedAt() >= 0) {
            return texts.format("training.diverged", run.divergedAt());
        }
        if (run.wasCancelled()) {
            return texts.format("training.cancelled", run.completedEpochs());
        }
        return texts.format("training.finished", run.completedEpochs(), texts.number(losses[losses.length - 1]));
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

    /** The compared runs' curves, each labelled with its rate. */
    List<LossChart.Curve> curves(List<TrainingController.Compared> results) {
        List<LossChart.Curve> curves = new ArrayList<>();
        for (TrainingController.Compared r : results) {
            curves.add(new LossChart.Curve(label(r), r.curve()[0], r.curve()[1]));
        }
        return curves;
    }

    /** Each compared run's final loss, or where it diverged. */
    String summary(List<TrainingController.Compared> results) {
        StringBuilder summary = new StringBuilder();
        for (TrainingController.Compared r : results) {
            double[] losses = r.run().losses();
            summary.append(summary.length() == 0 ? "" : "; ").append(r.run().divergedAt() >= 0
                    ? texts.format("training.compare.diverged", label(r), r.run().divergedAt())
                    : texts.format("training.compare.final", label(r), texts.number(losses[losses.length - 1])));
        }
        return summary.toString();
    }

    private String label(TrainingController.Compared r) {
        return texts.format("training.compare.label", texts.number(r.rate()));
    }
}
