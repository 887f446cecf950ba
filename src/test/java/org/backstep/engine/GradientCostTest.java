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
        double[] cached = CountedGradient.backprop(lesson.shape(), lesson.initialParameters(), lesson.data()).gradient();
        double[] naive = CountedGradient.naive(lesson.shape(), lesson.initialParameters(), lesson.data()).gradient();
        for (int p = 0; p < expected.length; p++) {
            double tolerance = 1e-12 * Math.max(1, Math.abs(expected[p]));
            assertThat(cached[p]).as("%s parameter %d, backprop", id, p).isCloseTo(expected[p], within(tolerance));
            assertThat(naive[p]).as("%s parameter %d, naive", id, p).isCloseTo(expected[p], within(tolerance));
        }
    }

    @Test
    void theSeedNetworkCountsAsWorkedOutByHand() throws Exception {
        // Backprop: δ_out (2), 3 output weights (3), δ of 3 hidden units (3 × 2), 6 hidden weights (6) = 17.
        // Naive, each parameter from scratch: an output weight δ_out (2) then δ·h (1), 3 × 3; the output
        // bias 2; a hidden weight δ_out (2), its unit's sum (1) and slope (1), then δ·x (1), 6 × 5; a
        // hidden bias 4, 3 × 4. In all 9 + 2 + 30 + 12 = 53.
        NetworkShape seed = BundledLessons.load("seed-2-3-1").shape();
        assertThat(GradientCost.of(seed)).isEqualTo(new GradientCost.Point(13, 17, 53));
        assertThat(GradientCost.naiveForOneWeight(seed, 0)).isEqualTo(5);
        assertThat(GradientCost.naiveForOneWeight(seed, 1)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2:3:1", "4:5:5:2", "3:8:1", "1:2:2:2:2:2:3", "6:1:4:1"})
    void theCountsWorkedOutFromTheShapeAreTheCountsOfReallyComputingTheGradient(String widths) {
        int[] w = java.util.Arrays.stream(widths.split(":")).mapToInt(Integer::parseInt).toArray();
        int layers = w.length - 1;
        int[] units = java.util.Arrays.copyOfRange(w, 1, w.length);
        Activation[] activations = new Activation[layers];
        java.util.Arrays.fill(activations, Activation.TANH);
        activations[layers - 1] = Activation.SIGMOID;
        boolean[] trainBias = new boolean[layers];
        for (int l = 0; l < layers; l++) {
            trainBias[l] = l % 2 == 0;
        }
        NetworkShape shape = new NetworkShape(w[0], units, activations, Loss.BCE, trainBias);
        double[] params = new double[shape.parameterCount()];
        for (int p = 0; p < params.length; p++) {
            params[p] = StrictMath.sin(p + 1.0);
        }
        double[][] x = {new double[w[0]]};
        double[][] y = {new double[shape.outputs()]};
        Dataset one = new Dataset(x, y);
        GradientCost.Point counted = new GradientCost.Point(shape.parameterCount(),
                CountedGradient.backprop(shape, params, one).multiplications(),
                CountedGradient.naive(shape, params, one).multiplications());
        assertThat(GradientCost.of(shape)).isEqualTo(counted);
    }

    @Test
    void backpropGrowsInStepWithTheNetworkAndTheNaiveWayWithItsSquare() throws Exception {
        List<GradientCost.Point> points = GradientCost.growth(BundledLessons.load("deep-sigmoid").shape(), 3, 12);
        double previousGap = 0;
        for (GradientCost.Point p : points) {
            double n = p.parameters();
            assertThat(p.backprop() / n).as("backprop per parameter at %d", p.parameters()).isBetween(1.0, 2.0);
            assertThat(p.naive() / (n * n)).as("naive per parameter² at %d", p.parameters()).isBetween(0.25, 1.0);
            double gap = (double) p.naive() / p.backprop();
            assertThat(gap).isGreaterThan(previousGap);
            previousGap = gap;
        }
        assertThat(previousGap).as("with 12 hidden layers").isGreaterThan(30);
    }
}
