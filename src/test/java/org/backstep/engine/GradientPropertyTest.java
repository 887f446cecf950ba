package org.backstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Analytic gradients of random networks agree with central finite differences. */
class GradientPropertyTest {

    record Case(NetworkShape shape, double[] params, Dataset data) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder().append(shape.inputs());
            for (int l = 0; l < shape.layers(); l++) {
                sb.append('-').append(shape.units(l)).append(' ').append(shape.activation(l).fileName());
            }
            return sb.append(", ").append(shape.loss().fileName()).append(", ").append(data.size()).append(" samples")
                    .toString();
        }
    }

    @Provide
    Arbitrary<Case> networks() {
        Arbitrary<Integer> inputs = Arbitraries.integers().between(1, 4);
        Arbitrary<List<Integer>> widths = Arbitraries.integers().between(1, 5).list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<List<Activation>> activations = Arbitraries.of(Activation.class).list().ofSize(4);
        Arbitrary<Loss> losses = Arbitraries.of(Loss.class);
        Arbitrary<Integer> outputs = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> samples = Arbitraries.integers().between(1, 4);
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(inputs, widths, activations, losses, outputs, samples, seeds)
                .as(GradientPropertyTest::build);
    }

    private static Case build(int inputs, List<Integer> hidden, List<Activation> acts, Loss loss, int outputs,
                              int samples, long seed) {
        int layers = hidden.size() + 1;
        int[] units = new int[layers];
        Activation[] activations = new Activation[layers];
        boolean[] trainBias = new boolean[layers];
        for (int l = 0; l < layers; l++) {
            units[l] = l < hidden.size() ? hidden.get(l) : outputs;
            activations[l] = acts.get(l);
            trainBias[l] = (seed >>> l & 1) == 0;
        }
        if (loss == Loss.BCE) {
            activations[layers - 1] = Activation.SIGMOID;
        }
        NetworkShape shape = new NetworkShape(inputs, units, activations, loss, trainBias);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] params = new double[shape.parameterCount()];
        for (int n = 0; n < params.length; n++) {
            params[n] = random.nextDouble(-1.5, 1.5);
        }
        double[][] x = new double[samples][inputs];
        double[][] y = new double[samples][outputs];
        for (int s = 0; s < samples; s++) {
            for (int j = 0; j < inputs; j++) {
                x[s][j] = random.nextDouble(-2, 2);
            }
            for (int k = 0; k < outputs; k++) {
                y[s][k] = loss == Loss.BCE ? random.nextDouble() : random.nextDouble(-2, 2);
            }
        }
        return new Case(shape, params, new Dataset(x, y));
    }

    @Property(tries = 300)
    void analyticGradientsMatchFiniteDifferences(@ForAll("networks") Case c) {
        TrainingStep step = new TrainingStep(c.shape(), c.data());
        List<GradientCheck.Row> rows = GradientCheck.check(step, c.params());
        Assume.that(rows.stream().noneMatch(GradientCheck.Row::crossesKink));
        for (GradientCheck.Row row : rows) {
            assertThat(row.relativeError())
                    .as("%s in %s: analytic %s, numeric %s", row.name(), c, row.analytic(), row.numeric())
                    .isLessThanOrEqualTo(GradientCheck.DEFAULT_TOLERANCE);
        }
    }

    @Property(tries = 100)
    void frozenBiasesNeverMove(@ForAll("networks") Case c) {
        TrainingStep step = new TrainingStep(c.shape(), c.data());
        double[] params = c.params().clone();
        step.run(params, 0.1, 0, OperationSink.NONE);
        NetworkShape shape = c.shape();
        for (int l = 0; l < shape.layers(); l++) {
            if (!shape.trainsBias(l)) {
                for (int i = 0; i < shape.units(l); i++) {
                    int b = shape.biasIndex(l, i);
                    assertThat(params[b]).isEqualTo(c.params()[b]);
                }
            }
        }
    }
}
