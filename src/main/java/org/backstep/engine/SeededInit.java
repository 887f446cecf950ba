package org.backstep.engine;

/**
 * Initial weights drawn from a seed, the same on every machine and JDK: SplitMix64 (a published
 * 64-bit mixer, written out here so no library or JDK change can alter a lesson's numbers), one
 * stream per layer so that giving one layer's weights in a file leaves the others unchanged.
 * ReLU-like layers use He's uniform range, the others Glorot's (Xavier's). Biases start at zero.
 */
public final class SeededInit {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SeededInit() {
    }

    /** Weights of 0-based layer {@code layer}, {@code [units][fanIn]} flattened row by row. */
    public static double[] weights(NetworkShape shape, int layer, long seed) {
        int fanIn = shape.fanIn(layer);
        int fanOut = shape.units(layer);
        double limit = shape.activation(layer).reluLike() ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
        long state = seed + GOLDEN_GAMMA * (layer + 1L);
        double[] w = new double[fanIn * fanOut];
        for (int n = 0; n < w.length; n++) {
            state += GOLDEN_GAMMA;
            double unit = (mix(state) >>> 11) * 0x1.0p-53;
            w[n] = (2.0 * unit - 1.0) * limit;
        }
        return w;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
