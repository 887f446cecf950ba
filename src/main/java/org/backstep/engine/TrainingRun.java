package org.backstep.engine;

import java.util.Arrays;

/**
 * Many epochs of silent training: the loss of all the data at each epoch's start and after the
 * last, every step's batch loss, and enough saved states to rebuild the training state before any
 * step exactly (snapshots of the parameters and the optimizer's state every {@code stride} epochs,
 * replayed forward with the same arithmetic). Training stops early when a loss stops being a
 * finite number, and says at which epoch and step.
 *
 * <p>With full-batch descent a step is an epoch, and the loss a step computes before its update is
 * the epoch's loss. With mini-batches the epoch's loss is computed over all the data at the
 * epoch's boundary, besides the batch losses of its steps.
 */
public final class TrainingRun {
    /**
     * Snapshots are spaced so that they hold at most about this many numbers (8 MB). Every one of
     * them stays live to the end of the run, so the garbage collector copies them while the run
     * goes on; more of them made its pauses longer than a Swing frame. Rebuilding an epoch replays
     * at most one stride of epochs.
     */
    private static final long SNAPSHOT_BUDGET = 1_000_000L;
    /** Batch losses kept at most (16 MB); a longer run keeps the first ones and says so. */
    static final int MAX_STEP_LOSSES = 2_000_000;

    /** Told after every epoch; returning false stops training (a user's cancel). */
    public interface Listener {
        boolean epochDone(int epoch, double loss);
    }

    private final TrainingStep step;
    private final double[] losses;
    private final double[] stepLosses;
    private final boolean allStepLosses;
    private final int completedEpochs;
    private final int completedSteps;
    private final int stride;
    private final TrainingState[] snapshots;
    private final int divergedAt;
    private final int divergedStep;
    private final boolean cancelled;

    private TrainingRun(Loop loop) {
        this.step = loop.step;
        int kept = loop.divergedAt >= 0 ? loop.divergedAt : loop.epoch + 1;
        this.losses = Arrays.copyOf(loop.losses, kept);
        this.stepLosses = Arrays.copyOf(loop.stepLosses, loop.stepLossCount);
        this.allStepLosses = !loop.stepLossesCut;
        this.completedEpochs = loop.epoch;
        this.completedSteps = loop.divergedStep >= 0 ? loop.divergedStep : loop.epoch * step.stepsPerEpoch();
        this.stride = loop.stride;
        this.snapshots = Arrays.copyOf(loop.snapshots, loop.epoch / loop.stride + 1);
        this.divergedAt = loop.divergedAt;
        this.divergedStep = loop.divergedStep;
        this.cancelled = loop.cancelled;
    }

    public static TrainingRun train(TrainingStep step, TrainingState initial, int epochs) {
        return train(step, initial, epochs, (e, l) -> true);
    }

    public static TrainingRun train(TrainingStep step, TrainingState initial, int epochs, Listener listener) {
        Loop loop = new Loop(step, initial, epochs);
        loop.run(listener);
        return new TrainingRun(loop);
    }

    /** The loss of all the data after 0, 1, … epochs; only finite values (see {@link #divergedAt()}). */
    public double[] losses() {
        return losses.clone();
    }

    /**
     * The loss of each step's batch before its update, step by step (with full batch, the epoch
     * losses but the last); the first {@code MAX_STEP_LOSSES} when {@link #keptEveryStepLoss()} is false.
     */
    public double[] stepLosses() {
        return stepLosses.clone();
    }

    public boolean keptEveryStepLoss() {
        return allStepLosses;
    }

    /** How many whole epochs were trained. */
    public int completedEpochs() {
        return completedEpochs;
    }

    /** How many steps' updates were made with a finite loss: the steps whose state {@link #stateAtStep} rebuilds, and one. */
    public int completedSteps() {
        return completedSteps;
    }

    /** The first epoch whose loss was not a finite number (or would not be, its step having broken), or -1. */
    public int divergedAt() {
        return divergedAt;
    }

    /** The step whose loss was first not a finite number (the step to record to see why), or -1. */
    public int divergedStep() {
        return divergedStep;
    }

    public boolean wasCancelled() {
        return cancelled;
    }

    public TrainingStep step() {
        return step;
    }

    /** The training state after {@code epoch} epochs, bit for bit as training had it (a copy). */
    public TrainingState stateAt(int epoch) {
        if (epoch < 0 || epoch > completedEpochs) {
            throw new IllegalArgumentException("epoch " + epoch + " is outside 0.." + completedEpochs);
        }
        return stateAtStep(epoch * step.stepsPerEpoch());
    }

    /** The training state before step {@code k} (after {@code k} updates), bit for bit as training had it (a copy). */
    public TrainingState stateAtStep(int k) {
        if (k < 0 || k > completedSteps) {
            throw new IllegalArgumentException("step " + k + " is outside 0.." + completedSteps);
        }
        int perEpoch = step.stepsPerEpoch();
        int snapshot = Math.min(k / perEpoch / stride, snapshots.length - 1);
        TrainingState state = snapshots[snapshot].copy();
        for (int s = snapshot * stride * perEpoch; s < k; s++) {
            step.run(state, s, OperationSink.NONE);
        }
        return state;
    }

    /** The parameters after {@code epoch} epochs (a copy). */
    public double[] parametersAt(int epoch) {
        return stateAt(epoch).parameters();
    }

    /** The training loop's working state; it becomes the run's fields when the loop ends. */
    private static final class Loop {
        final TrainingStep step;
        final int epochs;
        final int stride;
        final TrainingState[] snapshots;
        final double[] losses;
        final TrainingState state;
        double[] stepLosses = new double[16];
        int stepLossCount;
        boolean stepLossesCut;
        int epoch;
        int divergedAt = -1;
        int divergedStep = -1;
        boolean cancelled;

        Loop(TrainingStep step, TrainingState initial, int epochs) {
            this.step = step;
            this.epochs = epochs;
            long numbers = initial.parameters().length * (1L + step.optimizer().state().size());
            stride = (int) Math.max(1, ((long) (epochs + 1) * numbers + SNAPSHOT_BUDGET - 1) / SNAPSHOT_BUDGET);
            snapshots = new TrainingState[epochs / stride + 1];
            losses = new double[epochs + 1];
            state = initial.copy();
        }

        void run(Listener listener) {
            int perEpoch = step.stepsPerEpoch();
            while (true) {
                if (epoch % stride == 0) {
                    snapshots[epoch / stride] = state.copy();
                }
                if (epoch == epochs) {
                    losses[epoch] = step.loss(state.parameters());
                    if (!Double.isFinite(losses[epoch])) {
                        divergedAt = epoch;
                        divergedStep = epoch * perEpoch;
                    }
                    return;
                }
                if (!trainEpoch(perEpoch)) {
                    return;
                }
                epoch++;
                if (!listener.epochDone(epoch - 1, losses[epoch - 1])) {
                    cancelled = true;
                    losses[epoch] = step.loss(state.parameters());
                    if (epoch % stride == 0) {
                        // The loop's top would have saved this one; a cancelled run must keep it too.
                        snapshots[epoch / stride] = state.copy();
                    }
                    return;
                }
            }
        }

        /** Trains epoch {@code epoch}, its loss in {@code losses}; false when a loss was not finite. */
        private boolean trainEpoch(int perEpoch) {
            int first = epoch * perEpoch;
            if (perEpoch == 1) {
                // The one step's loss before its update is the loss of all the data: no second pass.
                double loss = step.run(state, first, OperationSink.NONE);
                losses[epoch] = loss;
                if (!Double.isFinite(loss)) {
                    divergedAt = epoch;
                    divergedStep = first;
                    return false;
                }
                keep(loss);
                return true;
            }
            losses[epoch] = step.loss(state.parameters());
            if (!Double.isFinite(losses[epoch])) {
                divergedAt = epoch;
                divergedStep = first;
                return false;
            }
            for (int k = first; k < first + perEpoch; k++) {
                double loss = step.run(state, k, OperationSink.NONE);
                if (!Double.isFinite(loss)) {
                    // The epoch's end would be the first loss no longer finite.
                    divergedAt = epoch + 1;
                    divergedStep = k;
                    return false;
                }
                keep(loss);
            }
            return true;
        }

        private void keep(double loss) {
            if (stepLossCount == MAX_STEP_LOSSES) {
                stepLossesCut = true;
                return;
            }
            if (stepLossCount == stepLosses.length) {
                stepLosses = Arrays.copyOf(stepLosses, Math.min(MAX_STEP_LOSSES, stepLosses.length * 2));
            }
            stepLosses[stepLossCount++] = loss;
        }
    }
}
