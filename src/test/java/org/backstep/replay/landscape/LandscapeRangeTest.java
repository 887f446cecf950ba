package org.backstep.replay.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backstep.engine.TrainingRun;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** The part of the plane a landscape shows holds its points with room around them. */
class LandscapeRangeTest {

    @Test
    void aLongPathIsCoveredWithAMarginOnEverySide() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        TrainingRun run = TrainingRun.train(seed.newStep(), seed.startState(), 400);
        int up = seed.shape().weightIndex(1, 0, 0);
        RunPath reader = new RunPath(run, 0, up);
        while (!reader.readFor(1_000_000)) {
            // read on
        }
        LandscapePath path = reader.path();
        LandscapeRange range = LandscapeRange.around(path.xs(), path.ys());
        double xLo = Double.POSITIVE_INFINITY;
        double xHi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < path.size(); k++) {
            assertThat(range.contains(path.xs()[k], path.ys()[k])).as("epoch %d", path.epochs()[k]).isTrue();
            xLo = Math.min(xLo, path.xs()[k]);
            xHi = Math.max(xHi, path.xs()[k]);
        }
        assertThat(range.xMin()).isLessThan(xLo);
        assertThat(range.xMax()).isGreaterThan(xHi);
        assertThat(range.width()).isGreaterThanOrEqualTo(LandscapeRange.MIN_WIDTH);
    }

    @Test
    void aWideSpreadGetsFifteenPerCentEachSide() {
        LandscapeRange range = LandscapeRange.around(new double[] {0, 10}, new double[] {-4, 4});
        assertThat(range.xMin()).isCloseTo(-1.5, within(1e-12));
        assertThat(range.xMax()).isCloseTo(11.5, within(1e-12));
        assertThat(range.yMin()).isCloseTo(-5.2, within(1e-12));
        assertThat(range.yMax()).isCloseTo(5.2, within(1e-12));
    }

    @Test
    void oneSmallStepIsShownOnTheSmallestWidthAboutItsMiddle() {
        LandscapeRange range = LandscapeRange.around(new double[] {0.01, 0.0101}, new double[] {0.01, 0.0101});
        assertThat(range.width()).isCloseTo(LandscapeRange.MIN_WIDTH, within(1e-12));
        assertThat((range.xMin() + range.xMax()) / 2).isCloseTo(0.01005, within(1e-12));
    }

    @Test
    void aLargeWeightGetsRoomInProportion() {
        LandscapeRange range = LandscapeRange.around(new double[] {40, 40.1}, new double[] {0, 0});
        assertThat(range.width()).isCloseTo(0.5 * 40.1, within(0.1));
        assertThat(range.height()).isCloseTo(LandscapeRange.MIN_WIDTH, within(1e-12));
    }

    @Test
    void pointsThatAreNotNumbersAreLeftOut() {
        LandscapeRange range = LandscapeRange.around(new double[] {1, Double.NaN, 1e300 * 1e300},
                new double[] {1, 0, 0});
        assertThat(range.contains(1, 1)).isTrue();
        assertThat(range.width()).isCloseTo(LandscapeRange.MIN_WIDTH, within(1e-12));
    }
}
