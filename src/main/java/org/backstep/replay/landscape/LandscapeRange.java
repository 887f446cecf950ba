package org.backstep.replay.landscape;

/**
 * The part of the plane of two parameters a landscape shows: {@code across} from {@link #xMin} to
 * {@link #xMax}, {@code up} from {@link #yMin} to {@link #yMax}. Made to hold the points that
 * matter (the current point, the path training took, the step's update) with a margin around
 * them, and never narrower than {@link #minimumWidth}: a path of one small step would otherwise
 * fill the picture with a slope that looks like a cliff.
 */
public record LandscapeRange(double xMin, double xMax, double yMin, double yMax) {
    /** The margin on each side, as a share of the points' own spread. */
    public static final double MARGIN = 0.15;
    /** No axis is narrower than this, whatever the points: weights of a lesson are about 1 in size. */
    public static final double MIN_WIDTH = 2.0;

    public LandscapeRange {
        if (!(xMin < xMax) || !(yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("an empty or unbounded range: " + xMin + ".." + xMax + " × " + yMin
                    + ".." + yMax);
        }
    }

    /**
     * The smallest range holding every finite point {@code (xs[k], ys[k])} with {@link #MARGIN} on
     * each side, widened about its middle to {@link #minimumWidth} where it is narrower. Points with
     * a coordinate that is not a finite number are left out; with none left, the range is about 0.
     */
    public static LandscapeRange around(double[] xs, double[] ys) {
        double[] x = span(xs, ys);
        double[] y = span(ys, xs);
        return new LandscapeRange(x[0], x[1], y[0], y[1]);
    }

    /** The extent of {@code values} over the points where both coordinates are finite, with margin. */
    private static double[] span(double[] values, double[] others) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < values.length; k++) {
            if (Double.isFinite(values[k]) && Double.isFinite(others[k])) {
                lo = Math.min(lo, values[k]);
                hi = Math.max(hi, values[k]);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 0;
        }
        double margin = (hi - lo) * MARGIN;
        lo -= margin;
        hi += margin;
        double width = minimumWidth(lo, hi);
        if (hi - lo < width) {
            double middle = lo / 2 + hi / 2;
            lo = middle - width / 2;
            hi = middle + width / 2;
        }
        return new double[] {lo, hi};
    }

    /**
     * The narrowest an axis from {@code lo} to {@code hi} may be: {@link #MIN_WIDTH}, or half the
     * size of its largest value when that is more (a weight of 40 moving by 0.1 is seen on a
     * width of 20, where the loss around it has room to change).
     */
    public static double minimumWidth(double lo, double hi) {
        return Math.max(MIN_WIDTH, 0.5 * Math.max(Math.abs(lo), Math.abs(hi)));
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
