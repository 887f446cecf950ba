package org.backstep.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every analytic parameter gradient beside a numerical one. The numerical gradient is the
 * fourth-order central difference (f(w-2h) - f(w+2h) + 8(f(w+h) - f(w-h))) / 12h: at the same
 * rounding error it is far more accurate than the two-point one, which lets the check hold to a
 * relative error of 1e-6. Where a perturbation moves a ReLU-like unit across its kink the
 * difference is meaningless, and the row says so instead of failing.
 */
public final class GradientCheck {
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /**
     * Gradients smaller than this (times the loss, when the loss exceeds 1) are compared by their
     * absolute error: a finite difference cannot resolve them better than about 1e-13 of the loss.
     */
    public static final double ZERO_FLOOR = 1e-6;

    public record Row(int parameter, String name, double analytic, double numeric, double relativeError,
                      boolean crossesKink) {
        public boolean passes(double tolerance) {
            return crossesKink || relativeError <= tolerance;
        }
    }

    private GradientCheck() {
    }

    /** What is differentiated: a loss, its gradient, and which ReLU-like units the last pass left open. */
    private interface Probe {
        double loss(double[] params);

        double gradient(double[] params, double[] out);

        boolean[] gates();
    }

    /** The gradient of the loss of all the data. */
    public static List<Row> check(TrainingStep step, double[] params) {
        return check(step, params, new Probe() {
            public double loss(double[] p) {
                return step.loss(p);
            }

            public double gradient(double[] p, double[] out) {
                return step.gradient(p, out);
            }

            public boolean[] gates() {
                return step.openReluLikeUnits();
            }
        });
    }

    /** The gradient of step {@code k}'s batch loss, which that step's update uses. */
    public static List<Row> checkStep(TrainingStep step, int k, double[] params) {
        return check(step, params, new Probe() {
            public double loss(double[] p) {
                return step.batchLoss(k, p);
            }

            public double gradient(double[] p, double[] out) {
                return step.batchGradient(k, p, out);
            }

            public boolean[] gates() {
                return step.openReluLikeUnitsOfBatch();
            }
        });
    }

    private static List<Row> check(TrainingStep step, double[] params, Probe probeOf) {
        NetworkShape shape = step.shape();
        double[] analytic = new double[params.length];
        double loss = probeOf.gradient(params, analytic);
        double floor = ZERO_FLOOR * Math.max(1.0, Math.abs(loss));
        boolean[] baseGates = probeOf.gates();
        double[] probe = params.clone();
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < params.length; n++) {
            if (!shape.isTrainable(n)) {
                continue;
            }
            double w = params[n];
            double h = 1e-3 * Math.max(1.0, Math.abs(w));
            boolean kink = false;
            double[] f = new double[4];
            double[] offsets = {-2 * h, -h, h, 2 * h};
            for (int t = 0; t < 4; t++) {
                probe[n] = w + offsets[t];
                f[t] = probeOf.loss(probe);
                kink |= !Arrays.equals(baseGates, probeOf.gates());
            }
            probe[n] = w;
            // Grouped so that four equal losses give exactly zero.
            double numeric = ((f[0] - f[3]) + 8 * (f[2] - f[1])) / (12 * h);
            double a = analytic[n];
            double denominator = Math.max(floor, Math.max(Math.abs(a), Math.abs(numeric)));
            double error = Math.abs(a - numeric) / denominator;
            rows.add(new Row(n, shape.parameterName(n), a, numeric, error, kink));
        }
        return rows;
    }
}
