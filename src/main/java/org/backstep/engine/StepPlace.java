package org.backstep.engine;

import java.util.Arrays;

/**
 * Where a recorded step sits in training: its number over the whole run (from 0), its epoch, the
 * samples of its batch in the order the step takes them, and the number of the update it makes
 * (from 1; Adam's bias correction uses it). With full-batch descent the step is the epoch.
 */
public record StepPlace(int step, int epoch, int[] samples, long update) {
    public StepPlace {
        samples = samples.clone();
    }

    /** The step of full-batch descent over {@code samples} samples in epoch {@code epoch}, from a fresh start. */
    public static StepPlace fullBatch(int epoch, int samples) {
        return new StepPlace(epoch, epoch, SampleOrder.of(samples, false, 0L, epoch), epoch + 1L);
    }

    public int batchSize() {
        return samples.length;
    }

    /** The batch's first sample: its loss and gradients start the sums the others add to. */
    public int firstSample() {
        return samples[0];
    }

    /** Where {@code sample} comes in the batch (from 0), or -1 when the batch does not hold it. */
    public int positionOf(int sample) {
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] == sample) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int[] samples() {
        return samples.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StepPlace p && p.step == step && p.epoch == epoch && p.update == update
                && Arrays.equals(p.samples, samples);
    }

    @Override
    public int hashCode() {
        return (31 * step + epoch) * 31 + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "step " + step + " (epoch " + epoch + ", update " + update + ", samples " + Arrays.toString(samples) + ")";
    }
}
