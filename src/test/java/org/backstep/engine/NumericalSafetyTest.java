package org.backstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a student sees must stay a number even where the formulas on the page would not. */
class NumericalSafetyTest {

    private static TrainingStep oneNeuron(double target) {
        NetworkShape shape = new NetworkShape(1, new int[] {1}, new Activation[] {Activation.SIGMOID}, Loss.BCE,
                new boolean[] {true});
        return new TrainingStep(shape, new Dataset(new double[][] {{1.0}}, new double[][] {{target}}),
                new GradientDescent(0.5));
    }

    @Test
    void crossEntropyStaysFiniteWhenThePredictionRoundsToZeroOrOne() {
        for (double w : new double[] {40, 800, -40, -800}) {
            for (double target : new double[] {0.0, 1.0, 0.3}) {
                TrainingStep step = oneNeuron(target);
                double[] p = {w, 0.0};
                double[] g = new double[2];
                double loss = step.gradient(p, g);
                assertThat(loss).as("loss at w=%s, y=%s", w, target).isFinite().isGreaterThanOrEqualTo(0);
                assertThat(g[0]).as("gradient at w=%s, y=%s", w, target).isFinite();
                double[] recorded = new double[1];
                step.run(TrainingState.start(p, step.optimizer()), 0, (slot, value) -> {
                    assertThat(value).as("slot %s at w=%s", step.quantities().name(slot), w).isFinite();
                    recorded[0]++;
                });
                assertThat(recorded[0]).isPositive();
            }
        }
    }

    @Test
    void crossEntropyOfAConfidentWrongAnswerIsLargeButExact() {
        // ŷ = σ(800) is exactly 1.0 in double; the page's formula would give log(0) = -∞.
        double[] g = new double[2];
        double loss = oneNeuron(0.0).gradient(new double[] {800, 0}, g);
        assertThat(loss).isEqualTo(800.0);
        assertThat(g[0]).isEqualTo(1.0);
    }

    private static final double[] PINNED_SEED_42_LAYER_1 = {
        -1.1781049573266253, -0.7669481822728474, -0.5397391905439235,
        -1.6003104393046492, 1.2755794747039113, -0.9754730232760253};

    @Test
    void seededInitialisationIsPinned() {
        NetworkShape shape = new NetworkShape(2, new int[] {3, 1}, new Activation[] {Activation.RELU, Activation.SIGMOID},
                Loss.BCE, new boolean[] {true, true});
        double[] w = SeededInit.weights(shape, 0, 42);
        // These digits must never change: lessons without weights depend on them in every lab.
        assertThat(w).hasSize(6);
        assertThat(SeededInit.weights(shape, 0, 42)).containsExactly(w);
        assertThat(w).containsExactly(PINNED_SEED_42_LAYER_1);
        // He range for ReLU (fan-in 2), Glorot range for the sigmoid output (fan-in 3, fan-out 1).
        assertThat(java.util.Arrays.stream(w).map(Math::abs).max().getAsDouble()).isLessThanOrEqualTo(Math.sqrt(3.0));
        assertThat(java.util.Arrays.stream(SeededInit.weights(shape, 1, 42)).map(Math::abs).max().getAsDouble())
                .isLessThanOrEqualTo(Math.sqrt(6.0 / 4));
        assertThat(SeededInit.weights(shape, 0, 43)).doesNotContain(w[0]);
    }
}
