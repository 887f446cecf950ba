package org.backstep.engine;

/**
 * The gradient worked out the two ways {@link GradientCost} counts, really computed and counting
 * every multiplication as it goes: backpropagation (one backward pass per sample) and the naive way
 * (per parameter and sample, the backward chain from the loss down to the parameter's layer). The
 * tests hold the counts to GradientCost's, and both gradients to {@link TrainingStep}'s.
 */
final class CountedGradient {
    /** Multiplications used and the full-batch gradient they produced (in {@link NetworkShape}'s order). */
    record Result(long multiplications, double[] gradient) {
    }

    private final NetworkShape shape;
    private final double[] params;
    private final Dataset data;
    private final double[][] z;
    private final double[][] a;
    private long multiplications;

    private CountedGradient(NetworkShape shape, double[] params, Dataset data) {
        this.shape = shape;
        this.params = params.clone();
        this.data = data;
        z = new double[shape.layers()][];
        a = new double[shape.layers() + 1][];
        for (int l = 0; l < shape.layers(); l++) {
            z[l] = new double[shape.units(l)];
            a[l + 1] = new double[shape.units(l)];
        }
    }

    /** Backpropagation: one backward pass per sample. */
    static Result backprop(NetworkShape shape, double[] params, Dataset data) {
        return new CountedGradient(shape, params, data).run(true);
    }

    /** The naive way: per parameter and sample, the backward chain from the loss to the parameter's layer. */
    static Result naive(NetworkShape shape, double[] params, Dataset data) {
        return new CountedGradient(shape, params, data).run(false);
    }

    private Result run(boolean cached) {
        double[] gradient = new double[shape.parameterCount()];
        for (int s = 0; s < data.size(); s++) {
            forward(s);
            if (cached) {
                double[][] delta = deltasDownTo(0, s);
                for (int l = 0; l < shape.layers(); l++) {
                    for (int i = 0; i < shape.units(l); i++) {
                        addParameterGradients(l, i, delta[l][i], gradient);
                    }
                }
            } else {
                for (int l = 0; l < shape.layers(); l++) {
                    for (int i = 0; i < shape.units(l); i++) {
                        for (int p = 0; p < parametersOf(l); p++) {
                            // Nothing is kept from the parameter before: the chain starts again at the loss.
                            addOne(l, i, p, deltaOfOneUnit(l, i, s), gradient);
                        }
                    }
                }
            }
        }
        return new Result(multiplications, gradient);
    }

    private int parametersOf(int layer) {
        return shape.fanIn(layer) + (shape.trainsBias(layer) ? 1 : 0);
    }

    private void addParameterGradients(int l, int i, double delta, double[] gradient) {
        for (int p = 0; p < parametersOf(l); p++) {
            addOne(l, i, p, delta, gradient);
        }
    }

    /** Parameter {@code p} of unit i: a weight (p below the fan-in) takes δ·a_j, the bias takes δ itself. */
    private void addOne(int l, int i, int p, double delta, double[] gradient) {
        if (p < shape.fanIn(l)) {
            gradient[shape.weightIndex(l, i, p)] += times(delta, a[l][p]);
        } else {
            gradient[shape.biasIndex(l, i)] += delta;
        }
    }

    private void forward(int sample) {
        a[0] = new double[shape.inputs()];
        for (int j = 0; j < shape.inputs(); j++) {
            a[0][j] = data.input(sample, j);
        }
        for (int l = 0; l < shape.layers(); l++) {
            for (int i = 0; i < shape.units(l); i++) {
                double sum = params[shape.biasIndex(l, i)];
                for (int j = 0; j < shape.fanIn(l); j++) {
                    sum += params[shape.weightIndex(l, i, j)] * a[l][j];
                }
                z[l][i] = sum;
                a[l + 1][i] = shape.activation(l).apply(sum);
            }
        }
    }

    /**
     * δ of unit i of layer l alone, from scratch: an output unit needs only its own two factors; a
     * hidden unit needs every δ of the layer above it (and so of all layers above), then its own sum.
     */
    private double deltaOfOneUnit(int l, int i, int sample) {
        int top = shape.layers() - 1;
        if (l == top) {
            double scale = shape.loss().scale(data.size(), shape.outputs());
            double dLdy = times(scale, shape.loss().gradient(data.target(sample, i), a[top + 1][i], z[top][i]));
            return times(dLdy, shape.activation(top).derivative(z[top][i], a[top + 1][i]));
        }
        double[] above = deltasDownTo(l + 1, sample)[l + 1];
        double sum = 0;
        for (int k = 0; k < shape.units(l + 1); k++) {
            sum += times(params[shape.weightIndex(l + 1, k, i)], above[k]);
        }
        return times(sum, shape.activation(l).derivative(z[l][i], a[l + 1][i]));
    }

    /** δ = dL/dz of every unit from the output layer down to {@code lowest}, counting each multiplication. */
    private double[][] deltasDownTo(int lowest, int sample) {
        int top = shape.layers() - 1;
        double[][] delta = new double[shape.layers()][];
        delta[top] = new double[shape.outputs()];
        double scale = shape.loss().scale(data.size(), shape.outputs());
        for (int k = 0; k < shape.outputs(); k++) {
            double dLdy = times(scale, shape.loss().gradient(data.target(sample, k), a[top + 1][k], z[top][k]));
            delta[top][k] = times(dLdy, shape.activation(top).derivative(z[top][k], a[top + 1][k]));
        }
        for (int l = top; l > lowest; l--) {
            delta[l - 1] = new double[shape.units(l - 1)];
            for (int j = 0; j < shape.units(l - 1); j++) {
                double sum = 0;
                for (int i = 0; i < shape.units(l); i++) {
                    sum += times(params[shape.weightIndex(l, i, j)], delta[l][i]);
                }
                delta[l - 1][j] = times(sum, shape.activation(l - 1).derivative(z[l - 1][j], a[l][j]));
            }
        }
        return delta;
    }

    private double times(double x, double y) {
        multiplications++;
        return x * y;
    }
}
