package org.backstep.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.backstep.engine.Limits;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Training;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import org.backstep.replay.Divergence;

/**
 * What the training tab does, without Swing: it checks what the student asked for, makes the job
 * that trains (once, or at three learning rates) and what the tab shows of it, and remembers the
 * run whose epochs a click on the curve opens, and where it diverged. Jobs run on any thread and take their lesson with
 * them; the tab runs them off the Swing thread and hands the results back here on it.
 */
public final class TrainingController {
    /** Points of the curve reported while a run goes: every k-th epoch, so at least this many and fewer than twice. */
    public static final int LIVE_POINTS = 400;
    /** The finished curve keeps each bucket's lowest and highest loss, about two points a pixel. */
    public static final int CURVE_BUCKETS = 1000;

    /** Told while a job runs, on the job's thread. */
    public interface Progress {
        /** A point of the loss curve (a live run's). */
        default void point(int epoch, double loss) {
        }

        /** How far the job is, 0 to 100. */
        void percent(int done);
    }

    /** Work that trains: run it on any thread; it stops early once {@code cancelled} says so. */
    public interface Job<T> {
        T run(Progress progress, BooleanSupplier cancelled);
    }

    /**
     * A finished run and what the tab shows of it: the losses, the curve thinned for drawing,
     * every sample's outputs beside its targets, and why the run diverged (null when it did not).
     */
    public record Outcome(TrainingRun run, double[] losses, double[][] curve, FinalPredictions predictions,
                          Divergence divergence) {
    }

    /** One run of a comparison, at its learning rate, with its curve thinned for drawing. */
    public record Compared(double rate, TrainingRun run, double[][] curve) {
    }

    private final StepSession session;
    private TrainingRun lastRun;
    private Divergence divergence;

    public TrainingController(StepSession session) {
        this.session = session;
    }

    /** The learning rate typed, or NaN when it is not a number training accepts. */
    public static double rate(String typed) {
        double rate;
        try {
            rate = Double.parseDouble(typed.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return Optimizer.LEARNING_RATE.accepts(rate) ? rate : Double.NaN;
    }

    /** The learning rates a comparison trains at: a tenth of {@code rate}, it, and ten times it (at most the limit). */
    public static double[] comparedRates(double rate) {
        return new double[] {rate / 10, rate, Math.min(Limits.MAX_LEARNING_RATE, rate * 10)};
    }

    /**
     * Makes the lesson train at {@code rate} for {@code epochs} from now on (the debugger's update
     * shows the new rate) and gives the job that trains it from its start.
     */
    public Job<Outcome> train(double rate, int epochs) {
        Training now = session.lesson().training();
        session.setTraining(now.withOptimizer(now.optimizer().withLearningRate(rate)).withEpochs(epochs));
        Lesson lesson = session.lesson();
        int every = Math.max(1, epochs / LIVE_POINTS);
        return (progress, cancelled) -> {
            // A step of its own: the session's step belongs to the Swing thread.
            TrainingStep step = lesson.newStep();
            TrainingRun run = TrainingRun.train(step, lesson.startState(), epochs, (epoch, loss) -> {
                if (epoch % every == 0) {
                    progress.point(epoch, loss);
                    progress.percent((int) (100L * (epoch + 1) / epochs));
                }
                return !cancelled.getAsBoolean();
            });
            double[] losses = run.losses();
            FinalPredictions predictions = FinalPredictions.of(lesson,
                    step.outputs(run.parametersAt(run.completedEpochs())));
            // The broken step is recorded with the debugger's cap, so the event found is one it shows.
            Divergence why = Divergence.of(run, StepSession.EVENT_CAP).orElse(null);
            return new Outcome(run, losses, LossCurve.envelope(losses, CURVE_BUCKETS), predictions, why);
        };
    }

    /**
     * The job that trains the lesson three times from the same start, at the rates of
     * {@link #comparedRates}: too small, about right and too large, side by side. A cancelled
     * comparison keeps the runs it finished.
     */
    public Job<List<Compared>> compare(double rate, int epochs) {
        Lesson lesson = session.lesson();
        double[] rates = comparedRates(rate);
        return (progress, cancelled) -> {
            List<Compared> results = new ArrayList<>();
            for (int i = 0; i < rates.length && !cancelled.getAsBoolean(); i++) {
                int done = i;
                Lesson atRate = lesson.withLearningRate(rates[i]);
                TrainingRun run = TrainingRun.train(atRate.newStep(), atRate.startState(), epochs, (epoch, loss) -> {
                    if (epoch % Math.max(1, epochs / 100) == 0) {
                        progress.percent((int) (100L * ((long) done * epochs + epoch + 1) / (3L * epochs)));
                    }
                    return !cancelled.getAsBoolean();
                });
                results.add(new Compared(rates[i], run, LossCurve.envelope(run.losses(), CURVE_BUCKETS)));
            }
            return results;
        };
    }

    /** A run finished: clicks on its curve open its epochs. */
    public void finished(Outcome outcome) {
        lastRun = outcome.run();
        divergence = outcome.divergence();
    }

    /** A comparison finished: clicks open epochs of the run at the chosen rate, the middle one. */
    public void compared(List<Compared> results) {
        lastRun = results.size() > 1 ? results.get(1).run() : null;
        divergence = null;
    }

    /** No run is shown any more (another lesson, a reset). */
    public void forget() {
        lastRun = null;
        divergence = null;
    }

    /** The run whose epochs the curve opens, or null. */
    public TrainingRun lastRun() {
        return lastRun;
    }

    /**
     * Shows in the debugger the step of the epoch nearest {@code at} (an epoch read off the curve,
     * or -1 where the curve has no picture yet); returns the epoch shown, or -1 when there is none
     * or the guide held the move back (an open question of the first step).
     */
    public int showEpochNear(double at) {
        if (lastRun == null || at < 0) {
            return -1;
        }
        int epoch = (int) Math.max(0, Math.min(Math.round(at), lastRun.completedEpochs()));
        return session.showEpoch(lastRun, epoch) ? epoch : -1;
    }

    /** Why the run shown diverged, or null (it did not, or a comparison is shown). */
    public Divergence divergence() {
        return divergence;
    }

    /**
     * Shows in the debugger the step where the run shown diverged, the cursor on its first event
     * that was not a usable number (at the step's start when the recording was cut before it);
     * returns the epoch shown, or -1 when the run shown did not diverge.
     */
    public int showDivergence() {
        if (lastRun == null || divergence == null) {
            return -1;
        }
        session.showEpoch(lastRun, divergence.epoch());
        if (divergence.hasEvent()) {
            session.seek(divergence.event());
        }
        return divergence.epoch();
    }

    /** Back to the lesson as it was opened; the run is forgotten. */
    public void reset() {
        session.reset();
        forget();
    }
}
