package org.backstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A run stopped by the user keeps everything it did, exactly as an uninterrupted run has it. */
class TrainingRunTest {

    @ParameterizedTest(name = "stopped after {0} of {1} epochs")
    @CsvSource({"1, 10", "5, 10", "7, 10", "3, 30000", "12, 30000", "29999, 30000"})
    void aCancelledRunKeepsItsParametersAndLosses(int stopAfter, int epochs) throws Exception {
        Lesson lesson = BundledLessons.load("mazur-2-2-2");
        TrainingRun full = TrainingRun.train(lesson.newStep(), lesson.startState(), epochs);
        TrainingRun cancelled = TrainingRun.train(lesson.newStep(), lesson.startState(), epochs,
                (epoch, loss) -> epoch + 1 < stopAfter);
        assertThat(cancelled.wasCancelled()).isTrue();
        assertThat(cancelled.completedEpochs()).isEqualTo(stopAfter);
        for (int e = 0; e <= stopAfter; e++) {
            assertThat(cancelled.parametersAt(e)).as("epoch %d", e).containsExactly(full.parametersAt(e));
        }
        double[] losses = cancelled.losses();
        assertThat(losses).hasSize(stopAfter + 1);
        for (int e = 0; e <= stopAfter; e++) {
            assertThat(losses[e]).isEqualTo(full.losses()[e]);
        }
    }
}
