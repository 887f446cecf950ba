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
        assertThat(outcome.predictions().samples()).isEqualTo(1);
        assertThat(outcome.predictions().target(0, 0)).isEqualTo(0.01);
        assertThat(outcome.predictions().target(0, 1)).isEqualTo(0.99);
        double[][] outputs = mazur.withLearningRate(0.25).newStep().outputs(direct.parametersAt(1000));
        assertThat(outcome.predictions().prediction(0, 1)).isEqualTo(outputs[0][1]);
        assertThat(outcome.divergence()).as("it converges").isNull();
    }

    @Test
    void everySampleIsPredictedUnderTheLessonsNames() throws Exception {
        Lesson xor = BundledLessons.load("xor");
        TrainingController onXor = new TrainingController(new StepSession(xor));
        TrainingController.Outcome outcome = onXor.train(xor.training().optimizer().learningRate(),
                xor.training().epochs()).run(done -> { }, () -> false);
        TrainingRun direct = TrainingRun.train(xor.newStep(), xor.startState(), xor.training().epochs());
        double[][] outputs = xor.newStep().outputs(direct.parametersAt(xor.training().epochs()));
        FinalPredictions p = outcome.predictions();
        assertThat(p.samples()).isEqualTo(4);
        assertThat(p.inputNames()).isEqualTo(xor.inputNames());
        for (int s = 0; s < 4; s++) {
            assertThat(p.prediction(s, 0)).isEqualTo(outputs[s][0]);
            assertThat(p.target(s, 0)).isEqualTo(xor.data().target(s, 0));
            assertThat(p.input(s, 1)).isEqualTo(xor.data().input(s, 1));
        }
    }

    @Test
    void aDivergedRunKeepsEveryFiniteLossAndItsButtonOpensTheFirstBadNumber() throws Exception {
        Lesson lesson = BundledLessons.load("learning-rate");
        StepSession shown = new StepSession(lesson);
        TrainingController onRate = new TrainingController(shown);
        assertThat(onRate.showDivergence()).as("no run yet").isEqualTo(-1);
        TrainingController.Outcome outcome = onRate.train(0.5, 400).run(done -> { }, () -> false);
        TrainingRun direct = TrainingRun.train(lesson.withLearningRate(0.5).newStep(), lesson.startState(), 400);
        assertThat(outcome.losses()).hasSize(177).containsExactly(direct.losses());
        assertThat(outcome.curve()[0]).as("every finite loss is drawn").hasSize(177);
        assertThat(outcome.curve()[0][176]).isEqualTo(176);
        assertThat(outcome.divergence().epoch()).isEqualTo(177);

        onRate.finished(outcome);
        assertThat(onRate.showDivergence()).isEqualTo(177);
        assertThat(shown.epoch()).isEqualTo(177);
        assertThat(shown.cursor().position()).isEqualTo(outcome.divergence().event());
        assertThat(shown.cursor().currentEvent().value()).isEqualTo(outcome.divergence().value());
        onRate.compared(onRate.compare(0.5, 10).run(done -> { }, () -> false));
        assertThat(onRate.showDivergence()).as("a comparison is shown").isEqualTo(-1);
    }

    @Test
    void aCancelledRunStopsAfterTheEpochItWasInAndKeepsWhatItDid() {
        AtomicInteger epochs = new AtomicInteger();
        TrainingController.Outcome outcome = controller.train(0.5, 10_000).run(done -> epochs.incrementAndGet(),
                () -> epochs.get() >= 3);
        assertThat(outcome.run().wasCancelled()).isTrue();
        assertThat(outcome.run().completedEpochs()).isLessThan(10_000);
        assertThat(outcome.losses()).hasSize(outcome.run().completedEpochs() + 1);
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

    @Test
    void aRunTrainsWithEveryChosenSettingAndKeepsEachStepsBatchLossBetweenTheEpochs() throws Exception {
        Lesson xor = BundledLessons.load("xor");
        StepSession onXor = new StepSession(xor);
        TrainingController chosen = new TrainingController(onXor);
        org.backstep.engine.Batching two = xor.training().batching().withSize(2);
        org.backstep.engine.Training adam = xor.training().withOptimizer(new org.backstep.engine.Adam(0.05, 0.9, 0.999,
                1e-8, 0)).withBatching(two).withEpochs(100);
        TrainingController.Job<TrainingController.Outcome> job = chosen.train(adam);
        assertThat(onXor.log().quantities().optimizer()).as("the debugger's step, recorded again with Adam")
                .isInstanceOf(org.backstep.engine.Adam.class);
        assertThat(onXor.place().miniBatch()).isTrue();
        TrainingController.Outcome outcome = job.run(done -> { }, () -> false);
        TrainingRun direct = TrainingRun.train(xor.withTraining(adam).newStep(), xor.withTraining(adam).startState(), 100);
        assertThat(outcome.run().step().batching()).isEqualTo(two);
        assertThat(outcome.losses()).containsExactly(direct.losses());
        double[][] steps = outcome.stepCurve();
        assertThat(steps[1]).as("200 steps: every one drawn").containsExactly(direct.stepLosses());
        assertThat(steps[0][1]).as("batch 2 of epoch 0 stands half way to epoch 1").isEqualTo(0.5);
        assertThat(steps[0][199]).isEqualTo(99.5);

        assertThat(controller.train(0.5, 10).run(done -> { }, () -> false).stepCurve())
                .as("full batch: an epoch is one step, no second line").isNull();
    }

    @Test
    void otherSettingsForgetTheRunShownWhoseEpochsWouldBeRecordedWithTheWrongOptimizer() {
        controller.finished(controller.train(0.5, 20).run(done -> { }, () -> false));
        org.backstep.engine.Training now = session.lesson().training();
        assertThat(controller.choose(now.withEpochs(30))).as("more epochs: the same steps").isFalse();
        assertThat(controller.lastRun()).isNotNull();
        assertThat(controller.choose(now.withOptimizer(new org.backstep.engine.Momentum(0.5, 0.9, 0)))).isTrue();
        assertThat(controller.lastRun()).isNull();
        assertThat(controller.showEpochNear(3)).isEqualTo(-1);
        assertThat(session.log().quantities().optimizer().state()).as("the velocity is recorded").hasSize(1);
    }

    @Test
    void optimizersAreComparedFromTheSameStartWithTheirDefaultsAndOneRate() {
        org.backstep.engine.Training now = session.lesson().training().withEpochs(50);
        List<TrainingController.Compared> results = controller.compareOptimizers(now, TrainingChoice.comparedFirst())
                .run(done -> { }, () -> false);
        assertThat(results).extracting(r -> r.optimizer().kind().fileName()).containsExactly("sgd", "momentum", "adam");
        assertThat(results).extracting(TrainingController.Compared::rate).containsOnly(0.5);
        assertThat(results.get(2).optimizer()).isEqualTo(new org.backstep.engine.Adam(0.5, 0.9, 0.999, 1e-8, 0));
        TrainingRun adam = TrainingRun.train(mazur.withTraining(now.withOptimizer(results.get(2).optimizer())).newStep(),
                mazur.withTraining(now.withOptimizer(results.get(2).optimizer())).startState(), 50);
        assertThat(results.get(2).run().losses()).containsExactly(adam.losses());
        assertThat(results.get(0).run().losses()).as("plain descent: the lesson's own run")
                .containsExactly(TrainingRun.train(mazur.newStep(), mazur.startState(), 50).losses());
        controller.compared(results);
        assertThat(controller.lastRun()).as("clicks open the run trained as the lesson now trains")
                .isSameAs(results.get(0).run());
        assertThat(session.lesson().training().optimizer()).as("comparing changes nothing shown")
                .isEqualTo(mazur.training().optimizer());
    }

    @Test
    void aMiniBatchRunThatDivergedOpensTheStepThatBrokeNotItsEpochsFirst() throws Exception {
        Lesson lesson = BundledLessons.load("learning-rate");
        StepSession shown = new StepSession(lesson);
        TrainingController onRate = new TrainingController(shown);
        org.backstep.engine.Training batches = lesson.training().withBatching(lesson.training().batching().withSize(1))
                .withOptimizer(lesson.training().optimizer().withLearningRate(0.9)).withEpochs(400);
        TrainingController.Outcome outcome = onRate.train(batches).run(done -> { }, () -> false);
        assertThat(outcome.divergence()).as("it diverges").isNotNull();
        onRate.finished(outcome);
        onRate.showDivergence();
        assertThat(shown.shownStep()).isEqualTo(outcome.divergence().step());
        assertThat(shown.cursor().currentEvent().value()).isEqualTo(outcome.divergence().value());
    }
}
