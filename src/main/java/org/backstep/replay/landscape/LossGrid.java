package org.backstep.replay.landscape;

/**
 * The loss over a {@code size × size} grid of two parameters, every other parameter held: the
 * value at column {@code c} (across) and row {@code r} (up, row 0 at the bottom) is the loss with
 * parameter {@link #across} at {@link #x x(c)} and {@link #up} at {@link #y y(r)}, the centres of
 * the grid's cells over the {@link #range}. Losses that are not finite numbers (an overflow far
 * from the data) are kept as they are and counted; the lowest and highest are of the finite ones.
 */
public final class LossGrid {
    private final int across;
    private final int up;
    private final LandscapeRange range;
    private final int size;
    private final double[] values;
    private final double lowest;
    private final double highest;
    private final int lowestCell;
    private final int nonFinite;

    LossGrid(int across, int up, LandscapeRange range, int size, double[] values) {
        this.across = across;
        this.up = up;
        this.range = range;
        this.size = size;
        this.values = values;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int lowAt = -1;
        int broken = 0;
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            if (!Double.isFinite(v)) {
                broken++;
                continue;
            }
            if (v < low) {
                low = v;
                lowAt = k;
            }
            high = Math.max(high, v);
        }
        this.lowest = lowAt >= 0 ? low : Double.NaN;
        this.highest = lowAt >= 0 ? high : Double.NaN;
        this.lowestCell = lowAt;
        this.nonFinite = broken;
    }

    /** The parameter that varies across (the horizontal axis). */
    public int across() {
        return across;
    }

    /** The parameter that varies up (the vertical axis). */
    public int up() {
        return up;
    }

    public LandscapeRange range() {
        return range;
    }

    /** Cells along each side. */
    public int size() {
        return size;
    }

    /** The across parameter's value at column {@code c}: the centre of the column's cells. */
    public double x(int c) {
        return centre(range.xMin(), range.xMax(), c, size);
    }

    /** The up parameter's value at row {@code r} (row 0 at the bottom). */
    public double y(int r) {
        return centre(range.yMin(), range.yMax(), r, size);
    }

    /** The centre of cell {@code i} of {@code size} between {@code lo} and {@code hi}. */
    static double centre(double lo, double hi, int i, int size) {
        return lo + (i + 0.5) * (hi - lo) / size;
    }

    /** The loss at column {@code c}, row {@code r}; may be NaN or infinite. */
    public double value(int c, int r) {
        return values[r * size + c];
    }

    /** The lowest finite loss on the grid, or NaN when none is finite. */
    public double lowest() {
        return lowest;
    }

    /** The highest finite loss on the grid, or NaN when none is finite. */
    public double highest() {
        return highest;
    }

    /** The across value of the lowest cell (NaN when none is finite). */
    public double lowestX() {
        return lowestCell < 0 ? Double.NaN : x(lowestCell % size);
    }

    /** The up value of the lowest cell (NaN when none is finite). */
    public double lowestY() {
        return lowestCell < 0 ? Double.NaN : y(lowestCell / size);
    }

    /** How many cells have a loss that is not a finite number. */
    public int nonFinite() {
        return nonFinite;
    }
}
