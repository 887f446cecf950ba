package org.backstep.ui.landscape;

/**
 * Round values for an axis's ticks: steps of 1, 2 or 5 times a power of ten, so a student reads
 * 0.5, 1, 1.5 and not 0.4837, 0.9674.
 */
final class Ticks {
    private Ticks() {
    }

    /** Round values between {@code lo} and {@code hi}, about {@code wanted} of them (never more than twice). */
    static double[] between(double lo, double hi, int wanted) {
        double raw = (hi - lo) / Math.max(1, wanted);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return new double[0];
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * power;
            if (step >= raw * (1 - 1e-9)) {
                break;
            }
        }
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        int count = (int) Math.max(0, last - first + 1);
        double[] ticks = new double[count];
        for (int k = 0; k < count; k++) {
            // Rounded to 12 digits, so 3 × 0.1 is 0.3 and not 0.30000000000000004.
            double v = (first + k) * step;
            ticks[k] = Math.abs(v) < step * 1e-9 ? 0
                    : new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
        }
        return ticks;
    }
}
