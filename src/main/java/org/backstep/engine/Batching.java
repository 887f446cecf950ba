package org.backstep.engine;

/**
 * How each epoch splits the samples into batches, one update per batch: {@code size} samples a
 * batch (0: all of them, full-batch gradient descent; 1: one sample, stochastic gradient descent),
 * taken in sample order or, when {@code shuffle} is set, in an order drawn afresh for every epoch
 * from {@code seed} (see {@link SampleOrder}). The last batch of an epoch holds what is left, so it
 * may be smaller.
 */
public record Batching(int size, boolean shuffle, long seed) {
    /** All samples in every step, in their order: plain full-batch gradient descent. */
    public static final Batching FULL = new Batching(0, false, 0L);

    public Batching {
        if (size < 0 || size > Limits.MAX_SAMPLES) {
            throw new IllegalArgumentException("a batch size must be from 1 to " + Limits.MAX_SAMPLES + " (0: all samples)");
        }
    }

    /** How many samples a full batch of {@code samples} holds. */
    public int batchSize(int samples) {
        return size == 0 ? samples : Math.min(size, samples);
    }

    /** Steps (updates) per epoch over {@code samples}: ⌈samples / batch size⌉. */
    public int stepsPerEpoch(int samples) {
        int b = batchSize(samples);
        return (samples + b - 1) / b;
    }

    /** Whether every step takes all {@code samples} in their own order, as full-batch descent does. */
    public boolean plainFullBatch(int samples) {
        return batchSize(samples) == samples && !shuffle;
    }

    public Batching withSize(int other) {
        return new Batching(other, shuffle, seed);
    }

    public Batching withShuffle(boolean other) {
        return new Batching(size, other, seed);
    }
}
