package org.backstep.ui.training;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.TrainingRun;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.TrainingController;

/** What the training tab says about a finished run or comparison, in the window's language. */
final class TrainingReport {
    private final Texts texts;

    TrainingReport(Texts texts) {
        this.texts = texts;
    }

    /** The first sample's outputs beside its targets (the tables show every sample's). */
    String prediction(TrainingController.Outcome outcome) {
        StringBuilder predicted = new StringBuilder();
        StringBuilder wanted = new StringBuilder();
        for (int k = 0; k < outcome.prediction().length; k++) {
            String sep = k == 0 ? "" : ", ";
            predicted.append(sep).append(texts.number(outcome.prediction()[k], 4));
            wanted.append(sep).append(texts.number(outcome.target()[k], 4));
        }
        return texts.format("training.prediction", predicted, wanted);
    }

    /** How the run ended: where it diverged, when it was cancelled, or its last loss and prediction. */
    String ending(TrainingController.Outcome outcome) {
        TrainingRun run = outcome.run();
        double[] losses = outcome.losses();
        if (run.divergedAt() >= 0) {
            return texts.format("training.diverged", run.divergedAt());
        }
        if (run.wasCancelled()) {
            return texts.format("training.cancelled", run.completedUpdates());
        }
        return texts.format("training.finished", run.completedUpdates(), texts.number(losses[losses.length - 1]))
                + " " + prediction(outcome);
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
