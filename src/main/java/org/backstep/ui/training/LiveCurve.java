package org.backstep.ui.training;

import java.util.Arrays;
import java.util.List;

/** The points of a running curve, gathered as they come and drawn a few times a second. */
final class LiveCurve {
    private double[] x = new double[0];
    private double[] y = new double[0];
    private boolean dirty;

    void clear() {
        x = new double[0];
        y = new double[0];
        dirty = false;
    }

    void add(List<double[]> points) {
        int at = x.length;
        x = Arrays.copyOf(x, at + points.size());
        y = Arrays.copyOf(y, at + points.size());
        for (double[] point : points) {
            x[at] = point[0];
            y[at++] = point[1];
        }
        dirty = true;
    }

    /** Hands the points to the chart, if any came since it last got them. */
    void drawInto(LossChart chart) {
        if (dirty && x.length > 0) {
            dirty = false;
            chart.setCurve(x, y);
        }
    }
}
