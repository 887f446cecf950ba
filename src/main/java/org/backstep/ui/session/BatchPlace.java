package org.backstep.ui.session;

/**
 * Where a step stands in training as the window says it with mini-batches: its number over the
 * run and its epoch (both from 0, as the debugger counts epochs), and which of the epoch's
 * batches it takes (from 1, "batch 2 of 3"). With full batch every epoch is one step, and the
 * window keeps saying "epoch N" alone.
 */
public record BatchPlace(int step, int epoch, int batch, int batches) {
    /** Step {@code step} of a run with {@code stepsPerEpoch} batches an epoch. */
    public static BatchPlace of(int step, int stepsPerEpoch) {
        int perEpoch = Math.max(1, stepsPerEpoch);
        return new BatchPlace(step, step / perEpoch, step % perEpoch + 1, perEpoch);
    }

    /** Whether an epoch takes more than one step, so the step is worth naming besides its epoch. */
    public boolean miniBatch() {
        return batches > 1;
    }
}
