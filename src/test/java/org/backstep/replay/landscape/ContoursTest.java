package org.backstep.replay.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Contour lines lie where the loss crosses their level. */
class ContoursTest {

    private static LossGrid grid(int size, LandscapeRange range, DoubleBinaryOperator f) {
        double[] v = new double[size * size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                v[r * size + c] = f.applyAsDouble(LossGrid.centre(range.xMin(), range.xMax(), c, size),
                        LossGrid.centre(range.yMin(), range.yMax(), r, size));
            }
        }
        return new LossGrid(0, 1, range, size, v);
    }

    @Test
    void aSlopeInOneDirectionHasAStraightLineAcrossIt() {
        LossGrid slope = grid(11, new LandscapeRange(0, 1, 0, 1), (x, y) -> x);
        Contours.Line line = Contours.of(slope, new double[] {0.5}).get(0);
        assertThat(line.segmentCount()).as("one segment per row of cells").isEqualTo(10);
        for (int k = 0; k < line.segments().length; k += 2) {
            assertThat(line.segments()[k]).as("x of a point").isCloseTo(0.5, within(1e-12));
        }
    }

    @Test
    void aBowlsLinesAreClosedRingsAtTheirRadius() {
        LossGrid bowl = grid(41, new LandscapeRange(-1, 1, -1, 1), (x, y) -> x * x + y * y);
        double[] s = Contours.of(bowl, new double[] {0.25}).get(0).segments();
        assertThat(s.length).isGreaterThan(40);
        for (int k = 0; k < s.length; k += 2) {
            assertThat(Math.hypot(s[k], s[k + 1])).isCloseTo(0.5, within(0.01));
        }
    }

    @Test
    void aSaddlesLevelThroughItsMiddleCrossesAtTheSaddle() {
        // (1 − xy)²: the saddle at the origin has the loss 1; its level-1 line is the two axes.
        LossGrid saddle = grid(20, new LandscapeRange(-1, 1, -1, 1), (x, y) -> (1 - x * y) * (1 - x * y));
        double[] s = Contours.of(saddle, new double[] {1}).get(0).segments();
        assertThat(s.length).isPositive();
        for (int k = 0; k < s.length; k += 2) {
            assertThat(Math.min(Math.abs(s[k]), Math.abs(s[k + 1]))).as("on an axis").isLessThan(0.06);
        }
    }

    @Test
    void cellsWithALossThatIsNotANumberHaveNoLine() {
        // Columns at x = 1/6, 1/2 and 5/6; the first column has no number.
        LossGrid broken = grid(3, new LandscapeRange(0, 1, 0, 1), (x, y) -> x < 0.4 ? Double.NaN : x);
        assertThat(Contours.of(broken, new double[] {0.3}).get(0).segmentCount()).as("only where a corner is NaN")
                .isZero();
        assertThat(Contours.of(broken, new double[] {0.6}).get(0).segmentCount()).as("between finite columns")
                .isEqualTo(2);
    }
}
