package org.backstep.engine;

import java.util.Arrays;

/**
 * The arithmetic of a training step, written once. Values are stored unit by unit
 * ({@code values[unit][sample]}), and every pass works on a block of samples,
 * layer by layer, with the samples in the inner loops. Silent training passes the whole batch as
 * one block; recording passes one sample at a time, and each number is told to the sink as soon as
 * it is computed, so the events come in the order students step through them. Either way every
 * number is summed in the same order (from 0.0 over j ascending for each unit and sample, over
 * samples in order for each parameter gradient), so both give the same bits.
 *
 * <p>A kernel holds the samples of one batch ({@link #load}); a full-batch kernel holds them all, in
 * their order. Its positions {@code 0 … count − 1} are the batch's, and every number it reports
 * is named after the lesson's own sample at that position.
 *
 * <p>Reporting: only a block of one sample is reported (a listening sink is given no other); the
 * silent sink costs one test per loop, outside the loops over samples. Not thread-safe: one
 * instance holds the work arrays of one lesson.
 */
final class StepKernel {
    private final NetworkShape shape;
    private final Quantities q;
    private final Dataset data;
    private final boolean fusedOutput;
    /** The batch's inputs and targets, {@code [input][position]} and {@code [output][position]}. */
    private final double[][] x;
    private final double[][] y;
    /** The lesson's sample at each position of the batch. */
    private final int[] ids;
    private int count;
    private double scale;
    /** Per unit over all layers, {@code [unit][position]}. */
    final double[][] z;
    final double[][] a;
    private final double[][] dz;
    private final double[][] da;
    /** dL/dparameter, summed over the samples of the blocks so far. */
    final double[] gradient;

    /** A kernel for batches of at most {@code capacity} samples of {@code data}, holding none yet. */
    StepKernel(Quantities q, Dataset data, int capacity) {
        this.shape = q.shape();
        this.q = q;
        this.data = data;
        this.fusedOutput = shape.loss().fusesWith(shape.activation(shape.layers() - 1));
        x = new double[shape.inputs()][capacity];
        y = new double[shape.outputs()][capacity];
        ids = new int[capacity];
        int units = shape.totalUnits();
        z = new double[units][capacity];
        a = new double[units][capacity];
        dz = new double[units][capacity];
        da = new double[units][capacity];
        gradient = new double[shape.parameterCount()];
    }

    /** A kernel holding every sample of {@code data}, in order. */
    StepKernel(Quantities q, Dataset data) {
        this(q, data, data.size());
        load(SampleOrder.of(data.size(), false, 0L, 0), 0, data.size());
    }

    /**
     * Takes the batch {@code order[from] … order[from + size − 1]}; the loss is then averaged over
     * these samples only, as a mini-batch's is.
     */
    void load(int[] order, int from, int size) {
        for (int s = 0; s < size; s++) {
            int sample = order[from + s];
            ids[s] = sample;
            for (int j = 0; j < shape.inputs(); j++) {
                x[j][s] = data.input(sample, j);
            }
            for (int k = 0; k < shape.outputs(); k++) {
                y[k][s] = data.target(sample, k);
            }
        }
        count = size;
        scale = shape.loss().scale(size, shape.outputs());
    }

    /** How many samples the batch holds. */
    int count() {
        return count;
    }

    /** The lesson's sample at {@code position} of the batch. */
    int sampleAt(int position) {
        return ids[position];
    }

    /** What feeds input {@code j} of {@code layer}, per sample: an input, or a unit of the layer before. */
    private double[] input(int layer, int j) {
        return layer == 0 ? x[j] : a[shape.unitOffset(layer - 1) + j];
    }

    /** The index of unit {@code i} of {@code layer} in the per-unit arrays. */
    private int unit(int layer, int i) {
        return shape.unitOffset(layer) + i;
    }

    /**
     * z = Σ w·a + b and a = f(z) of every unit, for samples {@code from} to {@code to - 1}: the sum
     * starts at 0.0 with its first term, adds the others in order, then the bias.
     */
    void forward(double[] p, int from, int to, OperationSink sink) {
        boolean live = sink != OperationSink.NONE;
        for (int l = 0; l < shape.layers(); l++) {
            int fanIn = shape.fanIn(l);
            Activation f = shape.activation(l);
            for (int i = 0; i < shape.units(l); i++) {
                double[] zi = z[unit(l, i)];
                double[] ai = a[unit(l, i)];
                int row = shape.weightOffset(l) + i * fanIn;
                double w0 = p[row];
                double[] in0 = input(l, 0);
                for (int s = from; s < to; s++) {
                    zi[s] = 0.0 + w0 * in0[s];
                }
                for (int j = 1; j < fanIn; j++) {
                    double w = p[row + j];
                    double[] in = input(l, j);
                    for (int s = from; s < to; s++) {
                        zi[s] += w * in[s];
                    }
                }
                double b = p[shape.biasOffset(l) + i];
                for (int s = from; s < to; s++) {
                    double sum = zi[s] + b;
                    zi[s] = sum;
                    ai[s] = f.apply(sum);
                }
                if (live) {
                    sink.emit(q.preActivationSlot(ids[from], l, i), zi[from]);
                    sink.emit(q.activationSlot(ids[from], l, i), ai[from]);
                }
            }
        }
    }

    /** The loss of the samples before {@code from} ({@code total}) with those up to {@code to - 1} added. */
    double loss(int from, int to, double total, OperationSink sink) {
        Loss lossFn = shape.loss();
        int out = unit(shape.layers() - 1, 0);
        for (int s = from; s < to; s++) {
            double sum = 0.0;
            for (int k = 0; k < shape.outputs(); k++) {
                sum += lossFn.term(y[k][s], a[out + k][s], z[out + k][s]);
            }
            total = s == 0 ? scale * sum : total + scale * sum;
        }
        if (sink != OperationSink.NONE) {
            sink.emit(q.lossSlot(), total);
        }
        return total;
    }

    /**
     * The δs of samples {@code from} to {@code to - 1}, and their share of every parameter's
     * gradient added to the gradients of the samples before (which start at zero with sample 0).
     */
    void backward(double[] p, int from, int to, OperationSink sink) {
        if (from == 0) {
            Arrays.fill(gradient, 0.0);
        }
        Loss lossFn = shape.loss();
        int last = shape.layers() - 1;
        int out = unit(last, 0);
        for (int k = 0; k < shape.outputs(); k++) {
            double[] dak = da[out + k];
            for (int s = from; s < to; s++) {
                dak[s] = scale * lossFn.gradient(y[k][s], a[out + k][s], z[out + k][s]);
            }
            if (sink != OperationSink.NONE) {
                sink.emit(q.activationGradientSlot(ids[from], last, k), dak[from]);
            }
        }
        for (int l = last; l >= 0; l--) {
            deltas(l, l == last && fusedOutput, from, to, sink);
            parameterGradients(l, from, to, sink);
            if (l > 0) {
                propagate(p, l, from, to, sink);
            }
        }
    }

    /** dL/dz = dL/da · f'(z); for a fused output (see {@link Loss#fusesWith}), the loss's own (ŷ − y). */
    private void deltas(int l, boolean fused, int from, int to, OperationSink sink) {
        Activation f = shape.activation(l);
        Loss lossFn = shape.loss();
        for (int i = 0; i < shape.units(l); i++) {
            int u = unit(l, i);
            double[] g = dz[u];
            for (int s = from; s < to; s++) {
                g[s] = fused ? scale * lossFn.fusedDelta(y[i][s], a[u][s]) : da[u][s] * f.derivative(z[u][s], a[u][s]);
            }
            if (sink != OperationSink.NONE) {
                sink.emit(q.preActivationGradientSlot(ids[from], l, i), g[from]);
            }
        }
    }

    /** Each weight's gradient gets δ·a and each training bias's gets δ, summed over the samples in order. */
    private void parameterGradients(int l, int from, int to, OperationSink sink) {
        int fanIn = shape.fanIn(l);
        for (int i = 0; i < shape.units(l); i++) {
            double[] g = dz[unit(l, i)];
            int row = shape.weightOffset(l) + i * fanIn;
            int j = 0;
            // Four weights at once: four independent running sums, each over the samples in order.
            for (; j + 3 < fanIn; j += 4) {
                double[] in0 = input(l, j);
                double[] in1 = input(l, j + 1);
                double[] in2 = input(l, j + 2);
                double[] in3 = input(l, j + 3);
                double s0 = gradient[row + j];
                double s1 = gradient[row + j + 1];
                double s2 = gradient[row + j + 2];
                double s3 = gradient[row + j + 3];
                for (int s = from; s < to; s++) {
                    double gs = g[s];
                    s0 += gs * in0[s];
                    s1 += gs * in1[s];
                    s2 += gs * in2[s];
                    s3 += gs * in3[s];
                }
                gradient[row + j] = s0;
                gradient[row + j + 1] = s1;
                gradient[row + j + 2] = s2;
                gradient[row + j + 3] = s3;
            }
            for (; j < fanIn; j++) {
                double[] in = input(l, j);
                double sum = gradient[row + j];
                for (int s = from; s < to; s++) {
                    sum += g[s] * in[s];
                }
                gradient[row + j] = sum;
            }
            int b = shape.biasOffset(l) + i;
            if (shape.trainsBias(l)) {
                double sum = gradient[b];
                for (int s = from; s < to; s++) {
                    sum += g[s];
                }
                gradient[b] = sum;
            }
            if (sink != OperationSink.NONE) {
                int slot = q.gradientSlot(row);
                for (int n = 0; n < fanIn; n++) {
                    sink.emit(slot + n, gradient[row + n]);
                }
                if (shape.trainsBias(l)) {
                    sink.emit(q.gradientSlot(b), gradient[b]);
                }
            }
        }
    }

    /** dL/da of the layer below: Σ_i dL/dz_i · w_ij, from 0.0 over i ascending. */
    private void propagate(double[] p, int l, int from, int to, OperationSink sink) {
        int fanIn = shape.fanIn(l);
        for (int j = 0; j < fanIn; j++) {
            double[] out = da[unit(l - 1, j)];
            double w0 = p[shape.weightOffset(l) + j];
            double[] g0 = dz[unit(l, 0)];
            for (int s = from; s < to; s++) {
                out[s] = 0.0 + g0[s] * w0;
            }
            for (int i = 1; i < shape.units(l); i++) {
                double w = p[shape.weightOffset(l) + i * fanIn + j];
                double[] g = dz[unit(l, i)];
                for (int s = from; s < to; s++) {
                    out[s] += g[s] * w;
                }
            }
            if (sink != OperationSink.NONE) {
                sink.emit(q.activationGradientSlot(ids[from], l - 1, j), out[from]);
            }
        }
    }

    /**
     * One update of every trainable parameter by {@code optimizer}, layer by layer (frozen biases
     * keep their value); then, when a sink listens, per parameter the optimizer's state and the
     * parameter itself.
     */
    void update(TrainingState state, Optimizer optimizer, OperationSink sink) {
        long t = state.nextUpdate();
        double[] p = state.parameters();
        int variables = optimizer.state().size();
        for (int l = 0; l < shape.layers(); l++) {
            int end = shape.trainsBias(l) ? shape.biasOffset(l) + shape.units(l) : shape.biasOffset(l);
            optimizer.update(p, gradient, state.optimizerState(), shape.weightOffset(l), end, t);
            if (sink != OperationSink.NONE) {
                for (int n = shape.weightOffset(l); n < end; n++) {
                    for (int v = 0; v < variables; v++) {
                        sink.emit(q.stateSlot(v, n), state.stateValue(v, n));
                    }
                    sink.emit(q.parameterSlot(n), p[n]);
                }
            }
        }
    }
}
