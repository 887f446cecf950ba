package org.backstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operation counts of the "Layers and cost" tab come from code that really computes the gradient. */
class GradientCostTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-2-3-1", "mazur-2-2-2", "cached-gradient", "deep-sigmoid", "xor", "dead-relu"})
    void bothWaysComputeTheGradientTheTrainingStepComputes(String id) throws Exception {
        Lesson lesson = BundledLessons.load(id);
        double[] expected = new double[lesson.shape().parameterCount()];
        lesson.newStep().gradient(lesson.initialParameters(), expected);
        double[] cached = GradientCost.backprop(lesson.shape(), lesson.initialParameters(), lesson.data()).gradient();
        double[] naive = GradientCost.naive(lesson.shape(), lesson.initialParameters(), lesson.data()).gradient();
        for (int p = 0; p < expected.length; p++) {
            double tolerance = 1e-12 * Math.max(1, Math.abs(expected[p]));
            assertThat(cached[p]).as("%s parameter %d, backprop", id, p).isCloseTo(expected[p], within(tolerance));
            assertThat(naive[p]).as("%s parameter %d, naive", id, p).isCloseTo(expected[p], within(tolerance));
        }
    }

    @Test
    void theSeedNetworkCountsAsWorkedOutByHand() throws Exception {
        // Backprop: δ_out (2), 3 output weights (3), δ of 3 hidden units (3 × 2), 6 hidden weights (6) = 17.
        // Naive: output weights 3 × (2 + 1), output bias 2, hidden weights 6 × (2 + 2 + 1) ... each redoing
        // the whole chain: 3·3 + 2 + 6·(2 + 6 + 1) + 3·(2 + 6) = 89.
        GradientCost.Point seed = GradientCost.of(BundledLessons.load("seed-2-3-1").shape());
        assertThat(seed).isEqualTo(new GradientCost.Point(13, 17, 89));
    }

    @Test
    void backpropGrowsInStepWithTheNetworkAndTheNaiveWayWithItsSquare() throws Exception {
        List<GradientCost.Point> points = GradientCost.growth(BundledLessons.load("deep-sigmoid").shape(), 3, 12);
        double previousGap = 0;
        for (GradientCost.Point p : points) {
            double n = p.parameters();
            assertThat(p.backprop() / n).as("backprop per parameter at %d", p.parameters()).isBetween(1.0, 2.0);
            assertThat(p.naive() / (n * n)).as("naive per parameter² at %d", p.parameters()).isBetween(0.3, 1.0);
            double gap = (double) p.naive() / p.backprop();
            assertThat(gap).isGreaterThan(previousGap);
            previousGap = gap;
        }
        assertThat(previousGap).as("with 12 hidden layers").isGreaterThan(30);
    }
}
