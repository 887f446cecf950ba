package org.backstep.replay.landscape;

/**
 * Where a loss sits between a grid's lowest and highest finite loss, from 0 to 1: the scale of
 * its colours and contour lines. It is compressed, evenly spaced in
 * {@code log(1 + (L − lowest) / soft)} with {@code soft} a hundredth of the spread, so the floor
 * of a valley, where training ends up, gets as many colours and lines as its steep walls (on an
 * even scale a squared error's bowl is one colour in the middle and all lines at the rim). A loss
 * that is not a finite number is clipped to the top of the scale, as is anything above it.
 */
public final class LossScale {
    /** The soft part of the scale as a share of the spread between lowest and highest. */
    static final double SOFT_SHARE = 0.01;

    private final double lowest;
    private final double highest;
    private final double soft;
    private final double top;

    public LossScale(double lowest, double highest) {
        this.lowest = lowest;
        this.highest = highest;
        double spread = highest - lowest;
        this.soft = spread * SOFT_SHARE;
        this.top = spread > 0 ? Math.log1p(spread / soft) : 1;
    }

    /** The scale of {@code grid}'s finite losses. */
    public static LossScale of(LossGrid grid) {
        return new LossScale(grid.lowest(), grid.highest());
    }

    /** Whether the scale has a spread: false for a flat grid, or one with no finite loss. */
    public boolean spreads() {
        return highest > lowest;
    }

    /** From 0 (the lowest loss) to 1 (the highest, or not a finite number); 0 on a flat grid. */
    public double position(double loss) {
        if (!Double.isFinite(loss)) {
            return 1;
        }
        if (!spreads()) {
            return 0;
        }
        double t = Math.log1p(Math.max(0, loss - lowest) / soft) / top;
        return Math.min(1, t);
    }

    /** The loss at {@code position} of the scale: the inverse of {@link #position}. */
    public double lossAt(double position) {
        if (!spreads()) {
            return lowest;
        }
        return lowest + soft * Math.expm1(position * top);
    }

    /** {@code count} losses evenly spaced on the scale strictly between its ends: the contour levels. */
    public double[] levels(int count) {
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            levels[k] = lossAt((k + 1.0) / (count + 1));
        }
        return levels;
    }

    public double lowest() {
        return lowest;
    }

    public double highest() {
        return highest;
    }
}
