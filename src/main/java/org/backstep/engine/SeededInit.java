package org.backstep.engine;

/**
 * Initial weights drawn from a seed, the same on every machine and JDK: {@link SplitMix}, one
 * stream per layer so that giving one layer's weights in a file leaves the others unchanged.
 * ReLU-like layers use He's uniform range, the others Glorot's (Xavier's). Biases start at zero.
 */
public final class SeededInit {
    private SeededInit() {
    }

    /** Weights of 0-based layer {@code layer}, {@code [units][fanIn]} flattened row by row. */
    public static double[] weights(NetworkShape shape, int layer, long seed) {
        int fanIn = shape.fanIn(layer);
        int fanOut = shape.units(layer);
        double limit = shape.activation(layer).reluLike() ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
        long state = seed + SplitMix.GOLDEN_GAMMA * (layer + 1L);
        double[] w = new double[fanIn * fanOut];
        for (int n = 0; n < w.length; n++) {
            state += SplitMix.GOLDEN_GAMMA;
            double unit = (SplitMix.mix(state) >>> 11) * 0x1.0p-53;
            w[n] = (2.0 * unit - 1.0) * limit;
        }
        return w;
    }
}
