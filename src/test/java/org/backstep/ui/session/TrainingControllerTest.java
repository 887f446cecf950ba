package org.backstep.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the training tab does, run without a window: its jobs on the test's thread. */
class TrainingControllerTest {
    private Lesson mazur;
    private StepSession session;
    private TrainingController controller;

    @BeforeEach
    void open() throws Exception {
        mazur = BundledLessons.load("mazur-2-2-2");
        session = new StepSession(mazur);
        controller = new TrainingController(session);
    }

    /** Progress as the job reported it. */
    private static final class Seen implements TrainingController.Progress {
        final List<double[]> points = new ArrayList<>();
        int last = -1;

        @Override
        public void point(int epoch, double loss) {
            points.add(new double[] {epoch, loss});
        }

        @Override
        public void percent(int done) {
            assertThat(done).isBetween(last, 100);
            last = done;
        }
    }

    @Test
    void aTypedRateIsTakenWithEitherDecimalMarkAndOnlyInTheAllowedRange() {
        assertThat(TrainingController.rate("0,5")).isEqualTo(0.5);
        assertThat(TrainingController.rate(" 0.05 ")).isEqualTo(0.05);
        assertThat(TrainingController.rate("100")).isEqualTo(100);
        assertThat(TrainingController.rate("0")).isNaN();
        assertThat(TrainingController.rate("101")).isNaN();
        assertThat(TrainingController.rate("fast")).isNaN();
        assertThat(TrainingController.comparedRates(5)).containsExactly(0.5, 5, 50);
        assertThat(TrainingController.comparedRates(50)).containsExactly(5, 50, 100);
    }

    @Test
    void aRunTrainsTheLessonAtTheRateAskedAndTheUpdateShownUsesIt() {
        TrainingController.Job<TrainingController.Outcome> job = controller.train(0.25, 1000);
        assertThat(session.lesson().training().optimizer().learningRate()).isEqualTo(0.25);
        assertThat(session.lesson().training().epochs()).isEqualTo(1000);
        assertThat(session.cursor().log().quantities().optimizer().learningRate()).as("the step recorded again").isEqualTo(0.25);
        Seen seen = new Seen();
        TrainingController.Outcome outcome = job.run(seen, () -> false);
        TrainingRun direct = TrainingRun.train(mazur.withLearningRate(0.25).newStep(),
                mazur.withLearningRate(0.25).startState(), 1000);
        assertThat(outcome.losses()).containsExactly(direct.losses());
        assertThat(seen.last).as("the last epoch reported; the tab shows 100 % when the run is done").isBetween(99, 100);
        // Every second epoch of 1000: the live curve has at least LIVE_POINTS points and at most twice that.
        assertThat(seen.points).hasSize(500);
        assertThat(seen.points.get(1)[0]).isEqualTo(2);
        assertThat(outcome.curve()[0].length).isLessThanOrEqualTo(2 * TrainingController.CURVE_BUCKETS + 2);
        assertThat(outcome.target()).containsExactly(0.01, 0.99);
        assertThat(outcome.prediction()).hasSize(2);
    }

    @Test
    void aCancelledRunStopsAfterTheEpochItWasInAndKeepsWhatItDid() {
        AtomicInteger epochs = new AtomicInteger();
        TrainingController.Outcome outcome = controller.train(0.5, 10_000).run(done -> epochs.incrementAndGet(),
                () -> epochs.get() >= 3);
        assertThat(outcome.run().wasCancelled()).isTrue();
        assertThat(outcome.run().completedUpdates()).isLessThan(10_000);
        assertThat(outcome.losses()).hasSize(outcome.run().completedUpdates() + 1);
    }

    @Test
    void aClickOnTheCurveOpensTheNearestEpochOfTheRunShown() {
        assertThat(controller.showEpochNear(3)).as("no run yet").isEqualTo(-1);
        controller.finished(controller.train(0.5, 100).run(done -> { }, () -> false));
        assertThat(controller.showEpochNear(57.4)).isEqualTo(57);
        assertThat(session.epoch()).isEqualTo(57);
        assertThat(controller.showEpochNear(1e9)).isEqualTo(100);
        assertThat(controller.showEpochNear(-1)).as("where the curve has no picture yet").isEqualTo(-1);
        controller.reset();
        assertThat(session.epoch()).isZero();
        assertThat(controller.lastRun()).isNull();
    }

    @Test
    void aComparisonTrainsAtThreeRatesAndClicksOpenTheMiddleOne() {
        List<TrainingController.Compared> results = controller.compare(0.5, 50).run(done -> { }, () -> false);
        assertThat(results).extracting(TrainingController.Compared::rate).containsExactly(0.05, 0.5, 5.0);
        controller.compared(results);
        assertThat(controller.lastRun()).isSameAs(results.get(1).run());
        assertThat(session.lesson().training().optimizer().learningRate()).as("comparing changes nothing shown")
                .isEqualTo(0.5);
        List<TrainingController.Compared> cut = controller.compare(0.5, 50).run(done -> { }, new java.util.function.BooleanSupplier() {
            private int asked;

            @Override
            public boolean getAsBoolean() {
                return ++asked > 60;
            }
        });
        assertThat(cut).as("a cancelled comparison keeps the runs it finished").hasSizeLessThan(3);
    }
}
