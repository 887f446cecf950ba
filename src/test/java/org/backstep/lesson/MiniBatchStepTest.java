package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.backstep.engine.Adam;
import org.backstep.engine.Batching;
import org.backstep.engine.GradientCheck;
import org.backstep.engine.Momentum;
import org.backstep.engine.SampleOrder;
import org.backstep.engine.Training;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;
import org.backstep.replay.Divergence;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a student relies on when batches are smaller than the data: steps, re-recordings, gradients, shuffles. */
class MiniBatchStepTest {
    private static final Path SEVEN = Path.of("src/test/resources/torch/batches-lesson.json");

    private static Lesson seven(int size, boolean shuffle) throws LessonException {
        Lesson lesson = LessonLoader.load(SEVEN);
        return lesson.withTraining(new Training(new Adam(0.05, 0.9, 0.999, 1e-8, 0), 12,
                lesson.training().batching().withSize(size).withShuffle(shuffle)));
    }

    @ParameterizedTest(name = "batches of {0}, shuffled {1}")
    @CsvSource({"1, false", "2, false", "3, true", "6, false", "0, true"})
    void anEpochTakesEverySampleOnceInBatchesOfTheSize(int size, boolean shuffle) throws LessonException {
        TrainingStep step = seven(size, shuffle).newStep();
        int batch = size == 0 ? 7 : size;
        assertThat(step.stepsPerEpoch()).isEqualTo((7 + batch - 1) / batch);
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] seen = new int[7];
            for (int b = 0; b < step.stepsPerEpoch(); b++) {
                int[] samples = step.batchOf(epoch * step.stepsPerEpoch() + b);
                assertThat(samples.length).isEqualTo(b < step.stepsPerEpoch() - 1 ? batch : 7 - batch * b);
                for (int s : samples) {
                    seen[s]++;
                }
            }
            assertThat(seen).as("epoch %d", epoch).containsOnly(1);
        }
    }

    @Test
    void theShuffleIsTheSameEveryTimeAndNewEveryEpoch() {
        assertThat(SampleOrder.of(7, true, 42, 5)).containsExactly(SampleOrder.of(7, true, 42, 5));
        assertThat(SampleOrder.of(7, false, 42, 5)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(SampleOrder.of(100, true, 42, 0)).isNotEqualTo(SampleOrder.of(100, true, 42, 1))
                .isNotEqualTo(SampleOrder.of(100, true, 43, 0));
    }

    @ParameterizedTest(name = "batches of {0}, shuffled {1}")
    @CsvSource({"1, false", "3, false", "3, true", "0, false"})
    void reRecordingAStepOfARunGivesTheEventsOfAWholeRecording(int size, boolean shuffle) throws LessonException {
        Lesson lesson = seven(size, shuffle);
        TrainingStep step = lesson.newStep();
        int steps = 3 * step.stepsPerEpoch() + 1;
        EventLog whole = Recordings.record(lesson.newStep(), lesson.startState(), steps, EventLog.DEFAULT_CAP);
        TrainingRun run = TrainingRun.train(step, lesson.startState(), 4);
        int seq = 0;
        for (int k = 0; k < steps; k++) {
            EventLog again = Recordings.recordStep(run, k, EventLog.DEFAULT_CAP);
            assertThat(again.place(0)).isEqualTo(whole.place(seq));
            for (int i = 0; i < again.size(); i++, seq++) {
                assertThat(again.slot(i)).isEqualTo(whole.slot(seq));
                assertThat(again.value(i)).as("step %d event %d", k, i).isEqualTo(whole.value(seq));
                assertThat(again.sample(i)).isEqualTo(whole.sample(seq));
            }
        }
        assertThat(seq).isEqualTo(whole.size());
    }

    @Test
    void aStepIsNamedByItsNumberEpochBatchAndUpdate() throws LessonException {
        Lesson lesson = seven(3, false);
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 4, EventLog.DEFAULT_CAP);
        int last = log.size() - 1;
        assertThat(log.step(last)).isEqualTo(3);
        assertThat(log.epoch(last)).isEqualTo(1);
        assertThat(log.place(last).samples()).containsExactly(0, 1, 2);
        assertThat(log.place(last).update()).as("Adam's t counts updates, not epochs").isEqualTo(4);
        assertThat(log.event(last).step()).isEqualTo(3);
    }

    @ParameterizedTest(name = "batches of {0}")
    @CsvSource({"1", "2", "3", "5", "0"})
    void theBatchGradientIsTheSlopeOfTheBatchLoss(int size) throws LessonException {
        Lesson lesson = seven(size, true);
        TrainingStep step = lesson.newStep();
        TrainingRun run = TrainingRun.train(step, lesson.startState(), 2);
        for (int k = 0; k < run.completedSteps(); k += 1 + k / 3) {
            List<GradientCheck.Row> rows = GradientCheck.checkStep(step, k, run.stateAtStep(k).parameters());
            assertThat(rows).as("step %d", k).isNotEmpty().allMatch(r -> r.passes(1e-6));
        }
    }

    @Test
    void theBatchGradientIsWhatTheStepRecords() throws LessonException {
        Lesson lesson = seven(3, true);
        TrainingStep step = lesson.newStep();
        double[] params = lesson.initialParameters();
        double[] gradient = new double[params.length];
        double loss = step.batchGradient(0, params, gradient);
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 1, EventLog.DEFAULT_CAP);
        double[] recorded = new double[params.length];
        double recordedLoss = Double.NaN;
        for (int seq = 0; seq < log.size(); seq++) {
            int slot = log.slot(seq);
            switch (log.quantities().kind(slot)) {
                case PARAMETER_GRADIENT -> recorded[log.quantities().parameterOf(slot)] = log.value(seq);
                case LOSS -> recordedLoss = log.value(seq);
                default -> { }
            }
        }
        assertThat(recordedLoss).isEqualTo(loss);
        assertThat(recorded).containsExactly(gradient);
    }

    @Test
    void aFullBatchOfEverySampleIsPlainGradientDescentBitForBit() throws LessonException {
        Lesson lesson = seven(0, false);
        TrainingRun plain = TrainingRun.train(lesson.newStep(), lesson.startState(), 12);
        TrainingStep explicit = new TrainingStep(lesson.shape(), lesson.data(), lesson.training().optimizer(),
                new Batching(7, false, 0));
        TrainingRun same = TrainingRun.train(explicit, lesson.startState(), 12);
        assertThat(same.losses()).containsExactly(plain.losses());
        assertThat(same.parametersAt(12)).containsExactly(plain.parametersAt(12));
    }

    @Test
    void epochLossesAreOfAllTheDataAndStepLossesOfTheirBatches() throws LessonException {
        Lesson lesson = seven(3, false);
        TrainingStep step = lesson.newStep();
        TrainingRun run = TrainingRun.train(step, lesson.startState(), 5);
        assertThat(run.losses()).hasSize(6);
        assertThat(run.stepLosses()).hasSize(15);
        TrainingStep other = lesson.newStep();
        for (int e = 0; e <= 5; e++) {
            assertThat(run.losses()[e]).isEqualTo(other.loss(run.parametersAt(e)));
        }
        for (int k = 0; k < 15; k++) {
            assertThat(run.stepLosses()[k]).isEqualTo(other.batchLoss(k, run.stateAtStep(k).parameters()));
        }
    }

    @Test
    void aBatchThatBlowsUpEndsTheRunAndSaysWhichStep() throws LessonException {
        Lesson lesson = BundledLessons.load("learning-rate");
        Lesson wild = lesson.withTraining(new Training(new Momentum(5, 0.9, 0), 200,
                lesson.training().batching().withSize(3)));
        TrainingRun run = TrainingRun.train(wild.newStep(), wild.startState(), 200);
        assertThat(run.divergedAt()).isPositive();
        assertThat(run.losses()).hasSize(run.divergedAt());
        assertThat(Arrays.stream(run.losses()).allMatch(Double::isFinite)).isTrue();
        assertThat(run.divergedStep() / run.step().stepsPerEpoch()).isBetween(run.divergedAt() - 1, run.divergedAt());
        assertThat(run.completedSteps()).isEqualTo(run.divergedStep());
        Divergence why = Divergence.of(run, EventLog.DEFAULT_CAP).orElseThrow();
        assertThat(why.step()).isEqualTo(run.divergedStep());
        assertThat(why.hasEvent()).isTrue();
    }

    @Test
    void aCancelledRunRebuildsEveryStepItMade() throws LessonException {
        Lesson lesson = seven(2, true);
        TrainingRun full = TrainingRun.train(lesson.newStep(), lesson.startState(), 6);
        TrainingRun cut = TrainingRun.train(lesson.newStep(), lesson.startState(), 6, (e, l) -> e < 2);
        assertThat(cut.wasCancelled()).isTrue();
        assertThat(cut.completedEpochs()).isEqualTo(3);
        for (int k = 0; k <= cut.completedSteps(); k++) {
            assertThat(cut.stateAtStep(k).sameAs(full.stateAtStep(k))).as("step %d", k).isTrue();
        }
    }

    @Test
    void anotherKindOfOptimizerStartsItsStateAfresh() throws LessonException {
        Lesson lesson = seven(3, false);
        TrainingState adam = TrainingRun.train(lesson.newStep(), lesson.startState(), 2).stateAt(2);
        assertThat(adam.updates()).isEqualTo(6);
        assertThat(adam.keptFor(new Adam(0.01, 0.9, 0.999, 1e-8, 0))).isSameAs(adam);
        TrainingState momentum = adam.keptFor(new Momentum(0.1, 0.9, 0));
        assertThat(momentum.updates()).isZero();
        assertThat(momentum.parameters()).containsExactly(adam.parameters());
        assertThat(Arrays.stream(momentum.parameters()).allMatch(Double::isFinite)).isTrue();
    }
}
