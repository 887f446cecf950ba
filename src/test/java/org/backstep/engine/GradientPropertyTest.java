package org.backstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Analytic gradients of random networks agree with central finite differences: every activation
 * in every position, every loss, one to four samples, frozen and trained biases. Each case is
 * drawn from its own seed, so a failure names the seed that reproduces it.
 */
class GradientPropertyTest {
    private static final Activation[] ACTIVATIONS = Activation.values();
    private static final Loss[] LOSSES = Loss.values();

    record Case(long seed, NetworkShape shape, double[] params, Dataset data) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("seed ").append(seed).append(": ").append(shape.inputs());
            for (int l = 0; l < shape.layers(); l++) {
                sb.append('-').append(shape.units(l)).append(' ').append(shape.activation(l).fileName());
            }
            return sb.append(", ").append(shape.loss().fileName()).append(", ").append(data.size()).append(" samples")
                    .toString();
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    static Case build(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // Cycle through losses and output activations so that every pairing is covered.
        Loss loss = LOSSES[(int) (seed % LOSSES.length)];
        int layers = 1 + random.nextInt(4);
        int inputs = 1 + random.nextInt(4);
        int[] units = new int[layers];
        Activation[] activations = new Activation[layers];
        boolean[] trainBias = new boolean[layers];
        for (int l = 0; l < layers; l++) {
            units[l] = l == layers - 1 ? 1 + random.nextInt(3) : 1 + random.nextInt(5);
            activations[l] = ACTIVATIONS[(int) ((seed / LOSSES.length + l) % ACTIVATIONS.length)];
            trainBias[l] = random.nextBoolean();
        }
        if (loss == Loss.BCE) {
            activations[layers - 1] = Activation.SIGMOID;
        }
        NetworkShape shape = new NetworkShape(inputs, units, activations, loss, trainBias);
        double[] params = new double[shape.parameterCount()];
        for (int n = 0; n < params.length; n++) {
            params[n] = random.nextDouble(-1.5, 1.5);
        }
        int samples = 1 + random.nextInt(4);
        double[][] x = new double[samples][inputs];
        double[][] y = new double[samples][shape.outputs()];
        for (int s = 0; s < samples; s++) {
            for (int j = 0; j < inputs; j++) {
                x[s][j] = random.nextDouble(-2, 2);
            }
            for (int k = 0; k < shape.outputs(); k++) {
                y[s][k] = loss == Loss.BCE ? random.nextDouble() : random.nextDouble(-2, 2);
            }
        }
        return new Case(seed, shape, params, new Dataset(x, y));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void analyticGradientsMatchFiniteDifferences(long seed) {
        Case c = build(seed);
        TrainingStep step = new TrainingStep(c.shape(), c.data(), new GradientDescent(0.1));
        for (GradientCheck.Row row : GradientCheck.check(step, c.params())) {
            if (row.crossesKink()) {
                continue; // a ReLU switched inside the difference step: no finite difference is valid there
            }
            assertThat(row.relativeError())
                    .as("%s in %s: analytic %s, numeric %s", row.name(), c, row.analytic(), row.numeric())
                    .isLessThanOrEqualTo(GradientCheck.DEFAULT_TOLERANCE);
        }
    }

    /** A sink that is not {@link OperationSink#NONE}, so the step takes its recorded path. */
    private static final class Counting implements OperationSink {
        long events;

        @Override
        public void emit(int slot, double value) {
            events++;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void silentTrainingGivesTheSameBitsAsRecordedTraining(long seed) {
        Case c = build(seed);
        TrainingStep silentStep = new TrainingStep(c.shape(), c.data(), new GradientDescent(0.2));
        TrainingStep recordedStep = new TrainingStep(c.shape(), c.data(), new GradientDescent(0.2));
        TrainingState silentState = TrainingState.start(c.params(), silentStep.optimizer());
        TrainingState recordedState = TrainingState.start(c.params(), recordedStep.optimizer());
        double[] silent = silentState.parameters();
        double[] recorded = recordedState.parameters();
        Counting sink = new Counting();
        for (int epoch = 0; epoch < 3; epoch++) {
            double a = silentStep.run(silentState, epoch, OperationSink.NONE);
            double b = recordedStep.run(recordedState, epoch, sink);
            assertThat(Double.doubleToRawLongBits(a)).as("loss at epoch %d in %s", epoch, c)
                    .isEqualTo(Double.doubleToRawLongBits(b));
        }
        for (int n = 0; n < silent.length; n++) {
            assertThat(Double.doubleToRawLongBits(silent[n])).as("%s in %s", c.shape().parameterName(n), c)
                    .isEqualTo(Double.doubleToRawLongBits(recorded[n]));
        }
        assertThat(silentState.sameAs(recordedState)).isTrue();
        assertThat(sink.events).as("events of three steps").isEqualTo(3 * recordedStep.quantities().eventsPerStep());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onlyTrainableParametersMove(long seed) {
        Case c = build(seed);
        TrainingState state = TrainingState.start(c.params(), new GradientDescent(0.1));
        double[] params = state.parameters();
        new TrainingStep(c.shape(), c.data(), new GradientDescent(0.1)).run(state, 0, OperationSink.NONE);
        NetworkShape shape = c.shape();
        for (int n = 0; n < params.length; n++) {
            if (!shape.isTrainable(n)) {
                assertThat(params[n]).as("%s in %s", shape.parameterName(n), c).isEqualTo(c.params()[n]);
            }
        }
    }
}
