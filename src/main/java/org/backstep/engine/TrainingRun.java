package org.backstep.engine;

import java.util.Arrays;

/**
 * Many epochs of silent training: the loss after 0, 1, …, N updates and enough saved states to
 * rebuild the training state of any epoch exactly (snapshots of the parameters and the optimizer's
 * state every {@code stride} epochs, replayed forward with the same arithmetic). Training stops
 * early when the loss stops being a finite number, and says at which epoch.
 */
public final class TrainingRun {
    /**
     * Snapshots are spaced so that they hold at most about this many numbers (8 MB). Every one of
     * them stays live to the end of the run, so the garbage collector copies them while the run
     * goes on; more of them made its pauses longer than a Swing frame. Rebuilding an epoch replays
     * at most one stride of steps.
     */
    private static final long SNAPSHOT_BUDGET = 1_000_000L;

    /** Told after every epoch; returning false stops training (a user's cancel). */
    public interface Listener {
        boolean epochDone(int epoch, double loss);
    }

    private final TrainingStep step;
    private final double[] losses;
    private final int completedUpdates;
    private final int stride;
    private final TrainingState[] snapshots;
    private final int divergedAt;
    private final boolean cancelled;

    private TrainingRun(TrainingStep step, double[] losses, int completedUpdates, int stride,
                        TrainingState[] snapshots, int divergedAt, boolean cancelled) {
        this.step = step;
        this.losses = losses;
        this.completedUpdates = completedUpdates;
        this.stride = stride;
        this.snapshots = snapshots;
        this.divergedAt = divergedAt;
        this.cancelled = cancelled;
    }

    public static TrainingRun train(TrainingStep step, TrainingState initial, int epochs) {
        return train(step, initial, epochs, (e, l) -> true);
    }

    public static TrainingRun train(TrainingStep step, TrainingState initial, int epochs, Listener listener) {
        long numbers = initial.parameters().length * (1L + step.optimizer().state().size());
        int stride = (int) Math.max(1, ((long) (epochs + 1) * numbers + SNAPSHOT_BUDGET - 1) / SNAPSHOT_BUDGET);
        TrainingState[] snapshots = new TrainingState[epochs / stride + 1];
        double[] losses = new double[epochs + 1];
        TrainingState state = initial.copy();
        int divergedAt = -1;
        boolean cancelled = false;
        int updates = 0;
        while (true) {
            if (updates % stride == 0) {
                snapshots[updates / stride] = state.copy();
            }
            double loss = updates < epochs ? step.run(state, updates, OperationSink.NONE)
                    : step.loss(state.parameters());
            losses[updates] = loss;
            if (!Double.isFinite(loss)) {
                divergedAt = updates;
                break;
            }
            if (updates == epochs) {
                break;
            }
            updates++;
            if (!listener.epochDone(updates - 1, loss)) {
                cancelled = true;
                losses[updates] = step.loss(state.parameters());
                if (updates % stride == 0) {
                    // The loop's top would have saved this one; a cancelled run must keep it too.
                    snapshots[updates / stride] = state.copy();
                }
                break;
            }
        }
        int kept = divergedAt >= 0 ? divergedAt : updates + 1;
        return new TrainingRun(step, Arrays.copyOf(losses, kept), updates, stride,
                Arrays.copyOf(snapshots, updates / stride + 1), divergedAt, cancelled);
    }

    /** Losses after 0, 1, … updates; only finite values (see {@link #divergedAt()}). */
    public double[] losses() {
        return losses.clone();
    }

    /** How many updates were applied. */
    public int completedUpdates() {
        return completedUpdates;
    }

    /** The first epoch whose loss was not a finite number, or -1. */
    public int divergedAt() {
        return divergedAt;
    }

    public boolean wasCancelled() {
        return cancelled;
    }

    public TrainingStep step() {
        return step;
    }

    /** The training state after {@code epoch} updates, bit for bit as training had it (a copy). */
    public TrainingState stateAt(int epoch) {
        if (epoch < 0 || epoch > completedUpdates) {
            throw new IllegalArgumentException("epoch " + epoch + " is outside 0.." + completedUpdates);
        }
        TrainingState state = snapshots[epoch / stride].copy();
        for (int e = epoch - epoch % stride; e < epoch; e++) {
            step.run(state, e, OperationSink.NONE);
        }
        return state;
    }

    /** The parameters after {@code epoch} updates (a copy). */
    public double[] parametersAt(int epoch) {
        return stateAt(epoch).parameters();
    }
}
