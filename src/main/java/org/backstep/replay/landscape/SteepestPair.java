package org.backstep.replay.landscape;

import org.backstep.engine.NetworkShape;
import org.backstep.engine.TrainingStep;

/**
 * The landscape's pair when the student has not picked one: the two trained parameters whose
 * gradient is largest in size at the current parameters, the larger first; between equal sizes
 * the lower index first. A gradient that is not a number counts as the smallest (it says nothing
 * about the slope); an infinite one as the largest. Frozen parameters (a layer's biases with
 * {@code trainBias: false}) are left out: training never moves them.
 */
public final class SteepestPair {
    private SteepestPair() {
    }

    /** {across, up}, or null when the network trains fewer than two parameters. */
    public static int[] of(TrainingStep step, double[] params) {
        double[] gradient = new double[params.length];
        step.gradient(params, gradient);
        return of(step.shape(), gradient);
    }

    /** The pair for a gradient already worked out. */
    public static int[] of(NetworkShape shape, double[] gradient) {
        int first = -1;
        int second = -1;
        for (int p = 0; p < gradient.length; p++) {
            if (!shape.isTrainable(p)) {
                continue;
            }
            if (first < 0 || steeper(gradient, p, first)) {
                second = first;
                first = p;
            } else if (second < 0 || steeper(gradient, p, second)) {
                second = p;
            }
        }
        return second < 0 ? null : new int[] {first, second};
    }

    /** Whether {@code p} (a later index) is strictly steeper than {@code q}: equals keep the earlier. */
    private static boolean steeper(double[] gradient, int p, int q) {
        return size(gradient[p]) > size(gradient[q]);
    }

    private static double size(double g) {
        return Double.isNaN(g) ? -1 : Math.abs(g);
    }
}
