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

    public static List<Row> check(TrainingStep step, double[] params) {
        NetworkShape shape = step.shape();
        double[] analytic = new double[params.length];
        double loss = step.gradient(params, analytic);
        double floor = ZERO_FLOOR * Math.max(1.0, Math.abs(loss));
        boolean[] baseGates = step.openReluLikeUnits();
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
                f[t] = step.loss(probe);
                kink |= !Arrays.equals(baseGates, step.openReluLikeUnits());
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
