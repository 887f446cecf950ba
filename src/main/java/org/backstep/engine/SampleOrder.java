package org.backstep.engine;

/**
 * The order an epoch takes the samples in. Unshuffled: 0, 1, 2, …. Shuffled: a Fisher–Yates
 * shuffle of that list driven by {@link SplitMix}, so that a lesson file gives the same order on
 * every machine and JDK. For epoch {@code e} the generator's counter starts at
 * {@code (seed XOR 0x53485546464C4521) + (e + 1)·2³²} (64-bit, wrapping); then for
 * {@code i = n − 1} down to 1 the counter grows by the golden gamma, {@code j} is the mixed
 * counter as an unsigned number modulo {@code i + 1}, and entries {@code i} and {@code j} swap.
 * (src/test/torch/optimizer_fixtures.py writes the same steps in Python.)
 */
public final class SampleOrder {
    /** "SHUFFLE!" in ASCII: keeps the shuffle's streams apart from the weights' ones of the same seed. */
    private static final long SALT = 0x5348554646_4C4521L;

    private SampleOrder() {
    }

    /** The samples {@code 0 … samples − 1} in the order epoch {@code epoch} takes them. */
    public static int[] of(int samples, boolean shuffle, long seed, int epoch) {
        int[] order = new int[samples];
        for (int s = 0; s < samples; s++) {
            order[s] = s;
        }
        if (!shuffle) {
            return order;
        }
        long counter = (seed ^ SALT) + ((epoch + 1L) << 32);
        for (int i = samples - 1; i > 0; i--) {
            counter += SplitMix.GOLDEN_GAMMA;
            int j = (int) Long.remainderUnsigned(SplitMix.mix(counter), i + 1L);
            int held = order[i];
            order[i] = order[j];
            order[j] = held;
        }
        return order;
    }
}
