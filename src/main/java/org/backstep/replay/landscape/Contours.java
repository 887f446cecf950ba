package org.backstep.replay.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a {@link LossGrid}: where the loss crosses a level, as straight segments from
 * cell to cell (marching squares, the crossing on each cell edge found by linear interpolation
 * between the grid's values). A cell with a corner that is not a finite number has no segment.
 */
public final class Contours {
    /** One level's line: its segments as {@code x1, y1, x2, y2, …} in the parameters' own values. */
    public record Line(double level, double[] segments) {
        public int segmentCount() {
            return segments.length / 4;
        }
    }

    private Contours() {
    }

    /** A line for each of {@code levels}, in their order (a line may have no segments). */
    public static List<Line> of(LossGrid grid, double[] levels) {
        List<Line> lines = new ArrayList<>(levels.length);
        for (double level : levels) {
            lines.add(new Line(level, segments(grid, level)));
        }
        return lines;
    }

    private static double[] segments(LossGrid grid, double level) {
        int n = grid.size();
        double[] out = new double[64];
        int at = 0;
        // Corners counter-clockwise from the bottom left; edge k joins corner k and corner k + 1.
        double[] v = new double[4];
        double[] ex = new double[4];
        double[] ey = new double[4];
        boolean[] crossed = new boolean[4];
        for (int r = 0; r + 1 < n; r++) {
            for (int c = 0; c + 1 < n; c++) {
                v[0] = grid.value(c, r);
                v[1] = grid.value(c + 1, r);
                v[2] = grid.value(c + 1, r + 1);
                v[3] = grid.value(c, r + 1);
                if (!(Double.isFinite(v[0]) && Double.isFinite(v[1]) && Double.isFinite(v[2]) && Double.isFinite(v[3]))) {
                    continue;
                }
                int count = 0;
                for (int k = 0; k < 4; k++) {
                    int next = (k + 1) % 4;
                    crossed[k] = (v[k] >= level) != (v[next] >= level);
                    if (crossed[k]) {
                        count++;
                        double t = (level - v[k]) / (v[next] - v[k]);
                        double x0 = grid.x(c + (k == 1 || k == 2 ? 1 : 0));
                        double y0 = grid.y(r + (k >= 2 ? 1 : 0));
                        double x1 = grid.x(c + (next == 1 || next == 2 ? 1 : 0));
                        double y1 = grid.y(r + (next >= 2 ? 1 : 0));
                        ex[k] = x0 + t * (x1 - x0);
                        ey[k] = y0 + t * (y1 - y0);
                    }
                }
                if (out.length < at + 8) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                if (count == 2) {
                    int first = -1;
                    int second = -1;
                    for (int k = 0; k < 4; k++) {
                        if (crossed[k]) {
                            if (first < 0) {
                                first = k;
                            } else {
                                second = k;
                            }
                        }
                    }
                    at = put(out, at, ex[first], ey[first], ex[second], ey[second]);
                } else if (count == 4) {
                    // A saddle of the cell: corners 0 and 2 on one side, 1 and 3 on the other. The
                    // cell's centre says which pair joins through the middle; the other two are cut off.
                    boolean centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
                    if (centreAbove == (v[0] >= level)) {
                        at = put(out, at, ex[0], ey[0], ex[1], ey[1]);
                        at = put(out, at, ex[2], ey[2], ex[3], ey[3]);
                    } else {
                        at = put(out, at, ex[3], ey[3], ex[0], ey[0]);
                        at = put(out, at, ex[1], ey[1], ex[2], ey[2]);
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(out, at);
    }

    private static int put(double[] out, int at, double x1, double y1, double x2, double y2) {
        out[at] = x1;
        out[at + 1] = y1;
        out[at + 2] = x2;
        out[at + 3] = y2;
        return at + 4;
    }
}
