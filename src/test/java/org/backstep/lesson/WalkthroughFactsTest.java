package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.TrainingRun;
import org.backstep.trace.EventLog;
import org.junit.jupiter.api.Test;

/**
 * The numbers the stops of deep-relu, learning-rate and xor-no-hidden quote are the ones the
 * lesson's step and its training run compute, so a change to a lesson's start shows up here
 * rather than as a guide that tells students something untrue.
 */
class WalkthroughFactsTest {

    private static double value(EventLog log, String quantity, int occurrence) {
        return log.value(new Selector(null, quantity, null, occurrence).find(log));
    }

    private static double[] losses(Lesson lesson) {
        return TrainingRun.train(lesson.newStep(), lesson.startState(), lesson.training().epochs()).losses();
    }

    private static String say(Lesson lesson, int stop) {
        return lesson.walkthrough().stop(stop).narration();
    }

    @Test
    void deepReluHasTheFourUnitsOffItNamesAndEndsBelowDeepSigmoid() throws LessonException {
        Lesson lesson = BundledLessons.load("deep-relu");
        EventLog log = lesson.recordFirstStep(100_000);
        List<String> off = new ArrayList<>();
        for (int layer = 0; layer < 4; layer++) {
            for (int unit = 0; unit < 3; unit++) {
                if (value(log, "a" + (layer + 1) + "[" + unit + "]", 1) == 0) {
                    off.add(lesson.unitNames().get(layer).get(unit));
                }
            }
        }
        assertThat(off).containsExactly("h1.3", "h2.3", "h3.1", "h4.2");
        assertThat(say(lesson, 0)).contains("Four of the twelve").contains("h1.3, h2.3, h3.1 and h4.2");
        assertThat(value(log, "dL/dz4[1]", 1)).isZero();
        assertThat(value(log, "dL/da4[1]", 1)).isCloseTo(-0.505, offset(0.0005));
        assertThat(value(log, "z4[1]", 1)).isCloseTo(-0.149, offset(0.0005));

        double[] relu = losses(lesson);
        double[] sigmoid = losses(BundledLessons.load("deep-sigmoid"));
        assertThat(relu[0]).isCloseTo(0.67, offset(0.005));
        assertThat(relu[relu.length - 1]).isLessThan(0.0001);
        assertThat(sigmoid[sigmoid.length - 1]).as("about 0.002").isBetween(0.0015, 0.0025);
        assertThat(say(lesson, lesson.walkthrough().size() - 1)).contains("from 0.67 to below 0.0001")
                .contains("about 0.002");
    }

    @Test
    void learningRateQuotesTheStartingLossAndBothGradients() throws LessonException {
        Lesson lesson = BundledLessons.load("learning-rate");
        EventLog log = lesson.recordFirstStep(100_000);
        assertThat(value(log, "L", 4)).isEqualTo(41.0);
        assertThat(value(log, "dL/dW1[0][0]", 4)).isEqualTo(-35.0);
        assertThat(value(log, "dL/db1[0]", 4)).isEqualTo(-12.0);
        assertThat(say(lesson, 3)).contains("−12").contains("−35");
    }

    @Test
    void xorWithoutAHiddenLayerStartsAtTheLossItQuotesAndEndsAnsweringOneHalf() throws LessonException {
        Lesson lesson = BundledLessons.load("xor-no-hidden");
        EventLog log = lesson.recordFirstStep(100_000);
        double[] losses = losses(lesson);
        assertThat(losses[0]).isCloseTo(0.87, offset(0.005));
        assertThat(say(lesson, 2)).contains("starts at 0.87");
        assertThat(losses[losses.length - 1]).isCloseTo(Math.log(2), offset(1e-9));

        // The shares of (1, 0) and (1, 1) in w1's gradient: what the running sum adds at each.
        double toSecond = value(log, "dL/dW1[0][0]", 2);
        double toThird = value(log, "dL/dW1[0][0]", 3);
        double toFourth = value(log, "dL/dW1[0][0]", 4);
        assertThat(toThird - toSecond).isCloseTo(-0.083, offset(0.0005));
        assertThat(toFourth - toThird).isCloseTo(0.221, offset(0.0005));
        assertThat(say(lesson, 3)).contains("−0.083").contains("+0.221");

        TrainingRun run = TrainingRun.train(lesson.newStep(), lesson.startState(), lesson.training().epochs());
        for (double p : run.parametersAt(run.completedEpochs())) {
            assertThat(p).as("practically 0").isCloseTo(0, offset(1e-9));
        }
        for (double[] out : lesson.newStep().outputs(run.parametersAt(run.completedEpochs()))) {
            assertThat(out[0]).isCloseTo(0.5, offset(1e-9));
        }
    }
}
