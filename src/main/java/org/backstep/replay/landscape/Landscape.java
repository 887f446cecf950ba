package org.backstep.replay.landscape;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.backstep.engine.TrainingStep;

/**
 * Everything a loss landscape shows apart from the cursor: the grid of losses, its colour scale,
 * its contour lines and the path training took. Its range holds the current point, the path and
 * any other point asked for (the step's update), with a margin.
 */
public record Landscape(LossGrid grid, LossScale scale, List<Contours.Line> contours, LandscapePath path) {
    /** Contour lines drawn, evenly spaced on the {@link LossScale}. */
    public static final int LEVELS = 10;

    /**
     * Works out the landscape of parameters {@code across} and {@code up} around {@code held}
     * (every other parameter stays at its value there), its range covering {@code held}, the
     * {@code path} and {@code alsoShow} ({x, y} pairs). On any thread, with a step of its own;
     * throws {@link java.util.concurrent.CancellationException} once {@code cancelled} says so.
     */
    public static Landscape compute(TrainingStep step, double[] held, int across, int up, LandscapePath path,
                                    double[][] alsoShow, BooleanSupplier cancelled, IntConsumer rowsDone) {
        int n = path.size();
        double[] xs = new double[n + 1 + alsoShow.length];
        double[] ys = new double[xs.length];
        System.arraycopy(path.xs(), 0, xs, 0, n);
        System.arraycopy(path.ys(), 0, ys, 0, n);
        xs[n] = held[across];
        ys[n] = held[up];
        for (int k = 0; k < alsoShow.length; k++) {
            xs[n + 1 + k] = alsoShow[k][0];
            ys[n + 1 + k] = alsoShow[k][1];
        }
        LandscapeRange range = LandscapeRange.around(xs, ys);
        LossGrid grid = LossLandscape.compute(step, held, across, up, range, LossLandscape.SIZE, cancelled, rowsDone);
        LossScale scale = LossScale.of(grid);
        List<Contours.Line> lines = scale.spreads() ? Contours.of(grid, scale.levels(LEVELS)) : List.of();
        return new Landscape(grid, scale, lines, path);
    }
}
