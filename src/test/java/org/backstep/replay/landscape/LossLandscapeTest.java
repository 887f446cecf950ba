package org.backstep.replay.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** The grid of losses over two parameters of the seed lesson, every other one held. */
class LossLandscapeTest {
    private static final LandscapeRange RANGE = new LandscapeRange(-1, 2, -0.5, 1.5);

    private static LossGrid seedGrid(int across, int up, int size) throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        return LossLandscape.compute(seed.newStep(), seed.initialParameters(), across, up, RANGE, size,
                () -> false, rows -> { });
    }

    @Test
    void everyCellIsTheStepsLossWithTheTwoParametersThereAndTheOthersHeld() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        double[] start = seed.initialParameters();
        // w(x1→h1) across and w(h1→ŷ) up: W1[0][0] is parameter 0, W2[0][0] the first of layer 2.
        int up = seed.shape().weightIndex(1, 0, 0);
        LossGrid grid = seedGrid(0, up, 7);
        TrainingStep step = seed.newStep();
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 7; c++) {
                double[] p = start.clone();
                p[0] = grid.x(c);
                p[up] = grid.y(r);
                assertThat(grid.value(c, r)).as("cell %d, %d", c, r).isEqualTo(step.loss(p));
            }
        }
        assertThat(grid.x(0)).isEqualTo(-1 + 3.0 / 14);
        assertThat(grid.y(6)).isEqualTo(1.5 - 2.0 / 14);
        assertThat(seed.initialParameters()).as("the held parameters are not changed").containsExactly(start);
    }

    @Test
    void theLowestCellIsFoundAndTheHighestIsAboveIt() throws Exception {
        LossGrid grid = seedGrid(0, 1, 20);
        double lowest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                lowest = Math.min(lowest, grid.value(c, r));
            }
        }
        assertThat(grid.lowest()).isEqualTo(lowest);
        assertThat(grid.highest()).isGreaterThan(lowest);
        assertThat(grid.nonFinite()).isZero();
        assertThat(RANGE.contains(grid.lowestX(), grid.lowestY())).isTrue();
    }

    @Test
    void aCancelStopsTheGridBeforeItsNextRow() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        assertThatThrownBy(() -> LossLandscape.compute(seed.newStep(), seed.initialParameters(), 0, 1, RANGE, 60,
                stop::get, rows -> {
                    done.set(rows);
                    if (rows == 3) {
                        stop.set(true);
                    }
                })).isInstanceOf(CancellationException.class);
        assertThat(done.get()).as("rows worked out before the cancel was seen").isEqualTo(3);
    }

    @Test
    void anInterruptedThreadStopsToo() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> LossLandscape.compute(seed.newStep(), seed.initialParameters(), 0, 1, RANGE, 60,
                    () -> false, rows -> { })).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void lossesThatAreNotNumbersAreCountedAndLeftOutOfTheLowestAndHighest() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        // A weight of 1e307 into the sigmoid output saturates it; the cross-entropy of the far corner is infinite.
        int up = seed.shape().weightIndex(1, 0, 0);
        LandscapeRange far = new LandscapeRange(-1, 1, -1e307, 1e307);
        LossGrid grid = LossLandscape.compute(seed.newStep(), seed.initialParameters(), 0, up, far, 10, () -> false,
                rows -> { });
        assertThat(grid.nonFinite()).isPositive();
        assertThat(grid.lowest()).isFinite();
        assertThat(grid.highest()).isFinite();
        LossScale scale = LossScale.of(grid);
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 10; c++) {
                double v = grid.value(c, r);
                assertThat(scale.position(v)).as("clipped into the scale").isBetween(0.0, 1.0);
                if (!Double.isFinite(v)) {
                    assertThat(scale.position(v)).isEqualTo(1.0);
                }
            }
        }
    }

    @Test
    void twiceTheSameParameterIsRefused() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        assertThatThrownBy(() -> LossLandscape.compute(seed.newStep(), seed.initialParameters(), 2, 2, RANGE, 10,
                () -> false, rows -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
