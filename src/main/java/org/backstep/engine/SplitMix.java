package org.backstep.engine;

/**
 * SplitMix64, a published 64-bit mixer, written out here so that no library or JDK change can
 * alter a lesson's numbers: the same seed gives the same weights and the same sample orders on
 * every machine. Stateless; callers step their own 64-bit counter by {@link #GOLDEN_GAMMA}.
 */
final class SplitMix {
    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SplitMix() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
