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
 * What the training tab does, without Swing: it takes the training the student chose (optimizer,
 * batches, epochs) into the session, makes the job that trains (once, at three learning rates, or
 * with three optimizers) and what the tab shows of it, and remembers the run whose epochs a click
 * on the curve opens, and where it diverged. Jobs run on any thread and take their lesson with
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
     * A finished run and what the tab shows of it: the losses, the curve thinned for drawing, the
     * batch loss of every step thinned the same way (null when each epoch is one step), every
     * sample's outputs beside its targets, and why the run diverged (null when it did not).
     */
    public record Outcome(TrainingRun run, double[] losses, double[][] curve, double[][] stepCurve,
                          FinalPredictions predictions, Divergence divergence) {
    }

    /** One run of a comparison, with its optimizer and its curve thinned for drawing. */
    public record Compared(Optimizer optimizer, TrainingRun run, double[][] curve) {
        /** The learning rate it trained at. */
        public double rate() {
            return optimizer.learningRate();
        }
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
     * Makes the lesson train as {@code chosen} from now on: the debugger's step is recorded again
     * with its optimizer and batches (the maths shows Adam's update once Adam is chosen). The run
     * shown is forgotten when its steps are no longer the ones chosen, since its epochs would be
     * recorded with another optimizer than the one they were trained with; returns whether it was.
     */
    public boolean choose(Training chosen) {
        session.setTraining(chosen);
        if (lastRun != null && !trainedAs(lastRun, chosen)) {
            forget();
            return true;
        }
        return false;
    }

    private static boolean trainedAs(TrainingRun run, Training training) {
        return run.step().optimizer().equals(training.optimizer()) && run.step().batching().equals(training.batching());
    }

    /** {@link #train(Training)} with the lesson's optimizer at {@code rate}, for {@code epochs}. */
    public Job<Outcome> train(double rate, int epochs) {
        Training now = session.lesson().training();
        return train(now.withOptimizer(now.optimizer().withLearningRate(rate)).withEpochs(epochs));
    }

    /**
     * Makes the lesson train as {@code chosen} from now on (see {@link #choose}) and gives the job
     * that trains it from its start, with every setting chosen: optimizer, batches and epochs.
     */
    public Job<Outcome> train(Training chosen) {
        choose(chosen);
        Lesson lesson = session.lesson();
        int epochs = chosen.epochs();
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
            int perEpoch = step.stepsPerEpoch();
            double[][] steps = perEpoch > 1 ? LossCurve.stepEnvelope(run.stepLosses(), perEpoch, CURVE_BUCKETS) : null;
            return new Outcome(run, losses, LossCurve.envelope(losses, CURVE_BUCKETS), steps, predictions, why);
        };
    }

    /** {@link #compare(Training)} of the lesson's optimizer around {@code rate}, for {@code epochs}. */
    public Job<List<Compared>> compare(double rate, int epochs) {
        Training now = session.lesson().training();
        return compare(now.withOptimizer(now.optimizer().withLearningRate(rate)).withEpochs(epochs));
    }

    /**
     * The job that trains the lesson three times from the same start, with the optimizer, batches
     * and epochs of {@code chosen} at the rates of {@link #comparedRates}: too small, about right
     * and too large, side by side. Nothing shown changes.
     */
    public Job<List<Compared>> compare(Training chosen) {
        List<Optimizer> optimizers = new ArrayList<>();
        for (double rate : comparedRates(chosen.optimizer().learningRate())) {
            optimizers.add(chosen.optimizer().withLearningRate(rate));
        }
        return compareJob(session.lesson().withTraining(chosen), optimizers);
    }

    /**
     * The job that trains the lesson from the same start once with each of {@code kinds}, each
     * with its default settings and the learning rate, batches and epochs of {@code chosen}: how
     * the optimizers differ on one problem. Nothing shown changes.
     */
    public Job<List<Compared>> compareOptimizers(Training chosen, List<Optimizer.Kind> kinds) {
        List<Optimizer> optimizers = new ArrayList<>();
        for (Optimizer.Kind kind : kinds) {
            optimizers.add(TrainingChoice.withDefaults(kind, chosen.optimizer().learningRate()));
        }
        return compareJob(session.lesson().withTraining(chosen), optimizers);
    }

    /** Trains {@code lesson} once per optimizer, one after the other; a cancelled comparison keeps the runs it finished. */
    private static Job<List<Compared>> compareJob(Lesson lesson, List<Optimizer> optimizers) {
        int epochs = lesson.training().epochs();
        int runs = optimizers.size();
        return (progress, cancelled) -> {
            List<Compared> results = new ArrayList<>();
            for (int i = 0; i < runs && !cancelled.getAsBoolean(); i++) {
                int done = i;
                Lesson withIt = lesson.withTraining(lesson.training().withOptimizer(optimizers.get(i)));
                TrainingRun run = TrainingRun.train(withIt.newStep(), withIt.startState(), epochs, (epoch, loss) -> {
                    if (epoch % Math.max(1, epochs / 100) == 0) {
                        progress.percent((int) (100L * ((long) done * epochs + epoch + 1) / ((long) runs * epochs)));
                    }
                    return !cancelled.getAsBoolean();
                });
                results.add(new Compared(optimizers.get(i), run, LossCurve.envelope(run.losses(), CURVE_BUCKETS)));
            }
            return results;
        };
    }

    /** A run finished: clicks on its curve open its epochs. */
    public void finished(Outcome outcome) {
        lastRun = outcome.run();
        divergence = outcome.divergence();
    }

    /**
     * A comparison finished: clicks open epochs of the run trained as the lesson now trains (the
     * middle rate of a comparison of rates; the optimizer chosen, when it was one compared with
     * its default settings), and none when no run was.
     */
    public void compared(List<Compared> results) {
        Training now = session.lesson().training();
        lastRun = results.stream().map(Compared::run).filter(r -> trainedAs(r, now)).findFirst().orElse(null);
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
        // With mini-batches the step that broke need not be its epoch's first.
        session.showStep(lastRun, divergence.step());
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
