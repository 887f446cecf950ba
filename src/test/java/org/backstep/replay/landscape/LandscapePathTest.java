package org.backstep.replay.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import org.backstep.engine.TrainingRun;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.EventLog;
import org.junit.jupiter.api.Test;

/** The path on the landscape: a run's epochs, thinned, or before any run the step's own update. */
class LandscapePathTest {

    @Test
    void aRunsPathIsItsParametersAfterEachEpoch() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        TrainingRun run = TrainingRun.train(seed.newStep(), seed.startState(), 50);
        RunPath reader = new RunPath(run, 1, 4);
        int slices = 0;
        while (!reader.readFor(0)) {
            slices++;
        }
        assertThat(slices).as("a slice of no time still reads one epoch").isEqualTo(50);
        LandscapePath path = reader.path();
        assertThat(path.size()).isEqualTo(51);
        for (int e = 0; e <= 50; e++) {
            assertThat(path.epochs()[e]).isEqualTo(e);
            assertThat(path.xs()[e]).isEqualTo(run.parametersAt(e)[1]);
            assertThat(path.ys()[e]).isEqualTo(run.parametersAt(e)[4]);
        }
    }

    @Test
    void aLongRunIsThinnedToEvenlySpacedEpochsWithBothEnds() {
        int[] epochs = RunPath.epochs(1_000_000, RunPath.MAX_POINTS);
        assertThat(epochs).hasSize(RunPath.MAX_POINTS).isSorted().doesNotHaveDuplicates();
        assertThat(epochs[0]).isZero();
        assertThat(epochs[epochs.length - 1]).isEqualTo(1_000_000);
        assertThat(RunPath.epochs(3, RunPath.MAX_POINTS)).containsExactly(0, 1, 2, 3);
        assertThat(RunPath.epochs(0, RunPath.MAX_POINTS)).containsExactly(0);
    }

    @Test
    void beforeAnyRunThePathIsTheStepsUpdateFromWhereItStartsToWhereItEnds() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        EventLog log = seed.recordFirstStep(EventLog.DEFAULT_CAP);
        LandscapePath path = LandscapePath.ofStep(log, 0, 7);
        ReplayCursor cursor = new ReplayCursor(log);
        assertThat(path.xs()[0]).isEqualTo(cursor.value(0));
        assertThat(path.ys()[0]).isEqualTo(cursor.value(7));
        cursor.end();
        assertThat(path.xs()[1]).isEqualTo(cursor.value(0)).isNotEqualTo(path.xs()[0]);
        assertThat(path.ys()[1]).isEqualTo(cursor.value(7)).isNotEqualTo(path.ys()[0]);
        assertThat(path.epochs()).containsExactly(0, 1);
    }

    @Test
    void pointsThatAreNotNumbersAreLeftOffThePath() {
        LandscapePath path = LandscapePath.of(new double[] {1, Double.NaN, 3}, new double[] {1, 2, Double.POSITIVE_INFINITY},
                new int[] {0, 1, 2});
        assertThat(path.xs()).containsExactly(1);
        assertThat(path.epochs()).containsExactly(0);
    }
}
