package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.TrainingRun;
import org.junit.jupiter.api.Test;

/** What each bundled lesson sets out to show does happen when it is trained. */
class LessonCatalogueTest {

    private static TrainingRun train(Lesson lesson) {
        return TrainingRun.train(lesson.newStep(), lesson.startState(), lesson.training().epochs());
    }

    @Test
    void everyBundledLessonHasGoalsMinutesAndAWalkthrough() throws LessonException {
        assertThat(BundledLessons.ids()).contains("seed-2-3-1", "one-neuron", "mazur-2-2-2", "cached-gradient",
                "dead-relu", "deep-sigmoid", "deep-relu", "learning-rate", "adam-step-sizes", "saddle-point", "mini-batches", "xor", "xor-no-hidden");
        for (String id : BundledLessons.ids()) {
            Lesson lesson = BundledLessons.load(id);
            assertThat(lesson.about().goals()).as(id).isNotEmpty();
            assertThat(lesson.about().minutes()).as(id).isPositive();
            assertThat(lesson.walkthrough().isEmpty()).as(id).isFalse();
        }
    }

    @Test
    void theDeadReluUnitNeverChangesWhileTheLossStillFalls() throws LessonException {
        Lesson lesson = BundledLessons.load("dead-relu");
        TrainingRun run = train(lesson);
        NetworkShape shape = lesson.shape();
        double[] before = lesson.initialParameters();
        double[] after = run.parametersAt(run.completedEpochs());
        int[] h2 = {shape.weightIndex(0, 1, 0), shape.weightIndex(0, 1, 1), shape.biasIndex(0, 1),
                shape.weightIndex(1, 0, 1)};
        for (int p : h2) {
            assertThat(after[p]).as(shape.parameterName(p)).isEqualTo(before[p]);
        }
        double[] losses = run.losses();
        assertThat(losses[losses.length - 1]).isLessThan(losses[0] / 10);
    }

    @Test
    void xorIsLearnedWithAHiddenLayerAndNotWithout() throws LessonException {
        Lesson xor = BundledLessons.load("xor");
        TrainingRun run = train(xor);
        double[][] out = xor.newStep().outputs(run.parametersAt(run.completedEpochs()));
        assertThat(out).hasNumberOfRows(4);
        double[] expected = {0, 1, 1, 0};
        for (int s = 0; s < 4; s++) {
            assertThat(Math.round(out[s][0])).as("sample %d", s).isEqualTo((long) expected[s]);
        }
        Lesson flat = BundledLessons.load("xor-no-hidden");
        double[] losses = train(flat).losses();
        assertThat(losses[losses.length - 1]).as("one unit cannot beat a coin toss").isGreaterThan(0.69);
    }

    @Test
    void oneNeuronMovesItsOutputTowardsTheTarget() throws LessonException {
        Lesson lesson = BundledLessons.load("one-neuron");
        TrainingRun run = train(lesson);
        double first = lesson.newStep().outputs(lesson.initialParameters())[0][0];
        double last = lesson.newStep().outputs(run.parametersAt(run.completedEpochs()))[0][0];
        assertThat(first).isBetween(0.66, 0.67);
        assertThat(last).isGreaterThan(0.9);
    }

    /** Mean |dL/dW| of layer {@code layer}'s weights in the first recorded step. */
    private static double meanWeightGradient(Lesson lesson, int layer) {
        var log = org.backstep.trace.Recordings.record(lesson.newStep(), lesson.startState(), 1, 100_000);
        double sum = 0;
        int n = 0;
        for (int seq = 0; seq < log.size(); seq++) {
            if (log.quantities().name(log.slot(seq)).startsWith("dL/dW" + layer + "[")) {
                sum += Math.abs(log.value(seq));
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void theLayerChartShowsEachLayersMeanGradientOnlyOnceTheStepHasComputedIt() throws LessonException {
        Lesson sigmoid = BundledLessons.load("deep-sigmoid");
        var log = org.backstep.trace.Recordings.record(sigmoid.newStep(), sigmoid.startState(), 1, 100_000);
        var cursor = new org.backstep.replay.ReplayCursor(log);
        cursor.seek(log.size() - 1);
        double[] atEnd = org.backstep.replay.LayerGradients.meanMagnitudes(cursor);
        for (int layer = 1; layer <= 5; layer++) {
            assertThat(atEnd[layer - 1]).as("layer %d", layer)
                    .isCloseTo(meanWeightGradient(sigmoid, layer), org.assertj.core.data.Offset.offset(1e-15));
        }
        cursor.seek(org.backstep.lesson.Selector.of(log, 0).find(log));
        assertThat(org.backstep.replay.LayerGradients.meanMagnitudes(cursor)).as("before the backward pass")
                .containsOnly(Double.NaN);
        // Backward runs from the output: with the output layer's gradients done, the first layer's are not.
        cursor.seek(new Selector(null, "dL/dW4[0][0]", null, 1).find(log));
        double[] midway = org.backstep.replay.LayerGradients.meanMagnitudes(cursor);
        assertThat(midway[4]).isPositive();
        assertThat(midway[0]).isNaN();
    }

    @Test
    void theCachedGradientLessonQuotesTheCountsTheEngineMeasures() throws LessonException {
        Lesson lesson = BundledLessons.load("cached-gradient");
        var counts = org.backstep.engine.GradientCost.of(lesson.shape());
        String last = lesson.walkthrough().stop(lesson.walkthrough().size() - 1).narration();
        assertThat(counts.parameters()).isEqualTo(25);
        assertThat(last).contains(counts.backprop() + " multiplications").contains(counts.naive() + ",")
                .contains("about " + Math.round((double) counts.naive() / counts.backprop()) + " times");
        for (String language : List.of("es", "de")) {
            assertThat(lesson.in(language).walkthrough().stop(lesson.walkthrough().size() - 1).narration())
                    .contains(String.valueOf(counts.backprop())).contains(String.valueOf(counts.naive()));
        }
        long oneFirstLayerWeight = org.backstep.engine.GradientCost.naiveForOneWeight(lesson.shape(), 0);
        assertThat(lesson.walkthrough().stop(5).narration())
                .contains(oneFirstLayerWeight + " multiplications instead of 1");
    }

    @Test
    void gradientsVanishThroughDeepSigmoidLayersAndNotThroughReluOnes() throws LessonException {
        Lesson sigmoid = BundledLessons.load("deep-sigmoid");
        Lesson relu = BundledLessons.load("deep-relu");
        double sigmoidRatio = meanWeightGradient(sigmoid, 1) / meanWeightGradient(sigmoid, 5);
        double reluRatio = meanWeightGradient(relu, 1) / meanWeightGradient(relu, 5);
        assertThat(sigmoidRatio).as("first layer against output layer, sigmoid").isLessThan(0.01);
        assertThat(reluRatio).as("first layer against output layer, ReLU").isGreaterThan(0.1);
        for (int layer = 1; layer < 5; layer++) {
            assertThat(meanWeightGradient(sigmoid, layer)).as("sigmoid layer %d below layer %d", layer, layer + 1)
                    .isLessThan(meanWeightGradient(sigmoid, layer + 1));
        }
    }

    @Test
    void aTenthOfTheRateLearnsSlowlyTheRateWellAndTenTimesItBlowsUp() throws LessonException {
        Lesson lesson = BundledLessons.load("learning-rate");
        double eta = lesson.training().optimizer().learningRate();
        double[] slow = train(lesson.withLearningRate(eta / 10)).losses();
        double[] right = train(lesson).losses();
        double[] fast = train(lesson.withLearningRate(eta * 10)).losses();
        assertThat(right[right.length - 1]).isLessThan(right[0] / 1000);
        assertThat(slow[slow.length - 1]).isLessThan(slow[0]).isGreaterThan(10 * right[right.length - 1]);
        assertThat(fast[fast.length - 1]).isGreaterThan(fast[0] * 1e6);
    }
}
