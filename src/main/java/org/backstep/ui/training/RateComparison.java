package org.backstep.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.SwingWorker;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.Lesson;

/**
 * Trains a lesson three times from the same start, at a tenth of the chosen learning rate, at it,
 * and at ten times it (at most 100), off the Swing thread: too small, about right and too large,
 * side by side on the loss chart.
 */
final class RateComparison extends SwingWorker<List<RateComparison.Result>, Void> {
    /** One of the three runs, with its curve thinned for drawing. */
    record Result(double rate, TrainingRun run, double[][] curve) {
    }

    private final Lesson lesson;
    private final double rate;
    private final int epochs;
    private final AtomicBoolean cancel;
    private final Consumer<RateComparison> whenDone;

    RateComparison(Lesson lesson, double rate, int epochs, AtomicBoolean cancel, Consumer<RateComparison> whenDone) {
        this.lesson = lesson;
        this.rate = rate;
        this.epochs = epochs;
        this.cancel = cancel;
        this.whenDone = whenDone;
    }

    static double[] rates(double rate) {
        return new double[] {rate / 10, rate, Math.min(100, rate * 10)};
    }

    @Override
    protected List<Result> doInBackground() {
        double[] rates = rates(rate);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < rates.length && !cancel.get(); i++) {
            int done = i;
            Lesson atRate = lesson.withLearningRate(rates[i]);
            TrainingRun run = TrainingRun.train(atRate.newStep(), atRate.startState(), epochs, (epoch, loss) -> {
                if (epoch % Math.max(1, epochs / 100) == 0) {
                    setProgress((int) (100L * ((long) done * epochs + epoch + 1) / (3L * epochs)));
                }
                return !cancel.get();
            });
            results.add(new Result(rates[i], run, LossCurve.envelope(run.losses(), 1000)));
        }
        return results;
    }

    @Override
    protected void done() {
        whenDone.accept(this);
    }
}
