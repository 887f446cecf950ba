package org.backstep.ui.session;

/**
 * A loss curve thinned for drawing: per bucket of consecutive epochs, the lowest and the highest
 * loss at their own epochs, so spikes and oscillations stay visible while a million epochs draw as
 * a couple of thousand points.
 */
final class LossCurve {
    private LossCurve() {
    }

    /**
     * The batch losses of every step thinned the same way, each at its place in epochs: step
     * {@code k} at {@code k / stepsPerEpoch}, so batch b of epoch e stands at e + b/B, between the
     * epoch's loss and the next.
     */
    static double[][] stepEnvelope(double[] stepLosses, int stepsPerEpoch, int buckets) {
        double[][] curve = envelope(stepLosses, buckets);
        for (int i = 0; i < curve[0].length; i++) {
            curve[0][i] /= stepsPerEpoch;
        }
        return curve;
    }

    /** {x (epochs), y (losses)}; every point when there are no more than {@code 2 × buckets}. */
    static double[][] envelope(double[] losses, int buckets) {
        int n = losses.length;
        if (n <= 2 * buckets) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = i;
            }
            return new double[][] {x, losses.clone()};
        }
        int size = (n + buckets - 1) / buckets;
        double[] x = new double[2 * buckets + 1];
        double[] y = new double[2 * buckets + 1];
        int at = 0;
        for (int start = 0; start < n; start += size) {
            int end = Math.min(n, start + size);
            int low = start;
            int high = start;
            for (int i = start; i < end; i++) {
                if (losses[i] < losses[low]) {
                    low = i;
                }
                if (losses[i] > losses[high]) {
                    high = i;
                }
            }
            int first = Math.min(low, high);
            int second = Math.max(low, high);
            x[at] = first;
            y[at++] = losses[first];
            if (second != first) {
                x[at] = second;
                y[at++] = losses[second];
            }
        }
        if (x[at - 1] != n - 1) {
            x[at] = n - 1;
            y[at++] = losses[n - 1];
        }
        return new double[][] {java.util.Arrays.copyOf(x, at), java.util.Arrays.copyOf(y, at)};
    }
}
