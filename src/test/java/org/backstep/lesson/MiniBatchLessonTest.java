package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.backstep.engine.Batching;
import org.backstep.engine.TrainingRun;
import org.backstep.trace.EventLog;
import org.junit.jupiter.api.Test;

/** What the mini-batches lesson tells students is what its training does. */
class MiniBatchLessonTest {
    private static Lesson withBatch(Lesson lesson, int size) {
        Batching batching = lesson.training().batching().withSize(size);
        return lesson.withTraining(lesson.training().withBatching(batching));
    }

    private static double lossAfter(Lesson lesson, int epochs) {
        return TrainingRun.train(lesson.newStep(), lesson.startState(), epochs).losses()[epochs];
    }

    @Test
    void theFirstStepTakesFourShuffledSamplesWhoseLossIsNotTheLossOfAllTheData() throws LessonException {
        Lesson lesson = BundledLessons.load("mini-batches");
        EventLog log = lesson.recordFirstStep(EventLog.DEFAULT_CAP);
        assertThat(log.place(0).samples()).as("samples 8, 4, 5 and 3 as the window counts them").containsExactly(7, 3, 4, 2);
        assertThat(lesson.newStep().stepsPerEpoch()).isEqualTo(3);
        double batchLoss = Double.NaN;
        double gradient = Double.NaN;
        double w = Double.NaN;
        for (int seq = 0; seq < log.size(); seq++) {
            String name = log.quantities().name(log.slot(seq));
            switch (name) {
                case "L" -> batchLoss = log.value(seq);
                case "dL/dW1[0][0]" -> gradient = log.value(seq);
                case "W1[0][0]" -> w = log.value(seq);
                default -> { }
            }
        }
        assertThat(batchLoss).isCloseTo(1.21, org.assertj.core.data.Offset.offset(0.005));
        assertThat(lesson.newStep().loss(lesson.initialParameters())).isCloseTo(3.20, org.assertj.core.data.Offset.offset(0.005));
        assertThat(gradient).isCloseTo(-0.77, org.assertj.core.data.Offset.offset(0.005));
        assertThat(w).isEqualTo(0.5 - 0.1 * gradient);
    }

    @Test
    void smallerBatchesFallFasterAnEpochAndSingleSamplesNeverSettle() throws LessonException {
        Lesson lesson = BundledLessons.load("mini-batches");
        assertThat(lossAfter(lesson, 4)).isCloseTo(0.066, org.assertj.core.data.Offset.offset(0.0005));
        assertThat(lossAfter(withBatch(lesson, 0), 4)).isCloseTo(0.62, org.assertj.core.data.Offset.offset(0.005));
        TrainingRun single = TrainingRun.train(withBatch(lesson, 1).newStep(), lesson.startState(), 30);
        double[] losses = single.losses();
        for (int e = 1; e <= 30; e++) {
            assertThat(losses[e]).as("epoch %d", e).isBetween(0.05, 0.065);
        }
        assertThat(single.stepLosses()).hasSize(30 * 12);
        TrainingRun full = TrainingRun.train(withBatch(lesson, 0).newStep(), lesson.startState(), 30);
        assertThat(full.losses()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
