package org.backstep.engine;

/**
 * One step of full-batch gradient descent, operation by operation: the forward pass of every
 * sample, the loss, the backward pass of every sample (parameter gradients summed over samples),
 * then the update. Each operation is reported to an {@link OperationSink}; silent training runs the
 * very same arithmetic, so a recorded step and an unrecorded one give the same bits.
 *
 * <p>The chain-rule lines of the dense layers live here, beside the code that computes them; the
 * lines of activations and losses live in {@link Activation} and {@link Loss}. Not thread-safe:
 * one instance holds the work arrays of one lesson.
 */
public final class TrainingStep {
    public static final EquationLine PRE_ACTIVATION = new EquationLine("forward.preactivation", "Weighted sum",
            "z_i = \\sum_j w_{ij}\\, a_j + b_i", "z_i = Σ_j w_ij·a_j + b_i");
    public static final EquationLine OUTPUT_WEIGHT_GRADIENT = new EquationLine("backward.weight.output",
            "Chain rule for an output weight",
            "\\frac{\\partial L}{\\partial w_i} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial z_{\\text{out}}} \\cdot \\frac{\\partial z_{\\text{out}}}{\\partial w_i} = \\frac{\\partial L}{\\partial z_{\\text{out}}} \\cdot h_i",
            "dL/dw_i = dL/dŷ · dŷ/dz_out · dz_out/dw_i = dL/dz_out · h_i");
    public static final EquationLine HIDDEN_WEIGHT_GRADIENT = new EquationLine("backward.weight.hidden",
            "Gradient of a hidden weight",
            "\\frac{\\partial L}{\\partial w_{ij}} = \\frac{\\partial L}{\\partial h_i} \\cdot \\frac{\\partial h_i}{\\partial z_i} \\cdot x_j = \\frac{\\partial L}{\\partial z_i} \\cdot x_j",
            "dL/dw_ij = dL/dh_i · dh_i/dz_i · x_j = dL/dz_i · x_j");
    public static final EquationLine BIAS_GRADIENT = new EquationLine("backward.bias", "Gradient of a bias",
            "\\frac{\\partial L}{\\partial b_i} = \\frac{\\partial L}{\\partial z_i} \\cdot 1",
            "dL/db_i = dL/dz_i · 1");
    public static final EquationLine PROPAGATE = new EquationLine("backward.propagate", "Send the gradient back a layer",
            "\\frac{\\partial L}{\\partial h_j} = \\sum_i \\frac{\\partial L}{\\partial z_i} \\cdot w_{ij}",
            "dL/dh_j = Σ_i dL/dz_i · w_ij");
    public static final EquationLine UPDATE = new EquationLine("update.sgd", "Gradient descent update",
            "w \\leftarrow w - \\eta \\cdot \\frac{\\partial L}{\\partial w}", "w := w − η · dL/dw");

    private final NetworkShape shape;
    private final Quantities quantities;
    private final Dataset data;
    private final int samples;
    private final double scale;
    private final double[][] z;
    private final double[][] a;
    private final double[] dz;
    private final double[] da;
    private final double[] gradient;
    private SilentStep silent;

    public TrainingStep(NetworkShape shape, Dataset data) {
        if (data.inputWidth() != shape.inputs() || data.targetWidth() != shape.outputs()) {
            throw new IllegalArgumentException("the data do not fit the network's inputs and outputs");
        }
        this.shape = shape;
        this.data = data;
        this.samples = data.size();
        this.quantities = new Quantities(shape, samples);
        this.scale = shape.loss().scale(samples, shape.outputs());
        this.z = new double[samples][shape.totalUnits()];
        this.a = new double[samples][shape.totalUnits()];
        this.dz = new double[shape.totalUnits()];
        this.da = new double[shape.totalUnits()];
        this.gradient = new double[shape.parameterCount()];
    }

    public NetworkShape shape() {
        return shape;
    }

    public Quantities quantities() {
        return quantities;
    }

    public Dataset data() {
        return data;
    }

    /**
     * Runs one whole step on {@code params} (changed in place) and returns the loss before the update.
     */
    public double run(double[] params, double learningRate, int epoch, OperationSink sink) {
        if (sink == OperationSink.NONE) {
            if (silent == null) {
                silent = new SilentStep(shape, data, scale);
            }
            return silent.run(params, gradient, learningRate);
        }
        sink.beginEpoch(epoch);
        forward(params, sink);
        double loss = loss(sink);
        backward(params, sink);
        update(params, learningRate, sink);
        return loss;
    }

    /** The loss at {@code params}, without reporting anything. */
    public double loss(double[] params) {
        forward(params, OperationSink.NONE);
        return loss(OperationSink.NONE);
    }

    /** Fills {@code gradientOut} with dL/dparam at {@code params} and returns the loss. */
    public double gradient(double[] params, double[] gradientOut) {
        forward(params, OperationSink.NONE);
        double loss = loss(OperationSink.NONE);
        backward(params, OperationSink.NONE);
        System.arraycopy(gradient, 0, gradientOut, 0, gradient.length);
        return loss;
    }

    /** The network's outputs for every sample at {@code params}: {@code [sample][output]}. */
    public double[][] outputs(double[] params) {
        forward(params, OperationSink.NONE);
        int last = shape.layers() - 1;
        double[][] out = new double[samples][shape.outputs()];
        for (int s = 0; s < samples; s++) {
            System.arraycopy(a[s], shape.unitOffset(last), out[s], 0, shape.outputs());
        }
        return out;
    }

    /** Pre-activations of the last forward pass, {@code [sample][unit over all layers]}; read-only. */
    double[][] lastPreActivations() {
        return z;
    }

    private void forward(double[] p, OperationSink sink) {
        for (int s = 0; s < samples; s++) {
            sink.beginSample(s);
            double[] zs = z[s];
            double[] as = a[s];
            double[] x = data.inputRow(s);
            for (int l = 0; l < shape.layers(); l++) {
                int fanIn = shape.fanIn(l);
                int units = shape.units(l);
                int wOff = shape.weightOffset(l);
                int bOff = shape.biasOffset(l);
                int uOff = shape.unitOffset(l);
                double[] in = l == 0 ? x : as;
                int inOff = l == 0 ? 0 : shape.unitOffset(l - 1);
                Activation f = shape.activation(l);
                int zSlot = quantities.preActivationSlot(s, l, 0);
                int aSlot = quantities.activationSlot(s, l, 0);
                for (int i = 0; i < units; i++) {
                    int row = wOff + i * fanIn;
                    double sum = 0.0;
                    for (int j = 0; j < fanIn; j++) {
                        sum += p[row + j] * in[inOff + j];
                    }
                    sum += p[bOff + i];
                    zs[uOff + i] = sum;
                    sink.emit(zSlot + i, sum);
                    double act = f.apply(sum);
                    as[uOff + i] = act;
                    sink.emit(aSlot + i, act);
                }
            }
        }
    }

    private double loss(OperationSink sink) {
        Loss lossFn = shape.loss();
        int outputs = shape.outputs();
        int outOff = shape.unitOffset(shape.layers() - 1);
        int slot = quantities.lossSlot();
        double total = 0.0;
        for (int s = 0; s < samples; s++) {
            sink.beginSample(s);
            double[] y = data.targetRow(s);
            double sum = 0.0;
            for (int k = 0; k < outputs; k++) {
                sum += lossFn.term(y[k], a[s][outOff + k], z[s][outOff + k]);
            }
            total = s == 0 ? scale * sum : total + scale * sum;
            sink.emit(slot, total);
        }
        return total;
    }

    private void backward(double[] p, OperationSink sink) {
        java.util.Arrays.fill(gradient, 0.0);
        Loss lossFn = shape.loss();
        int last = shape.layers() - 1;
        int outOff = shape.unitOffset(last);
        // σ'(z)·dL/dŷ simplifies to (ŷ - y) for sigmoid with cross-entropy; computing it that way
        // stays finite even when ŷ rounds to 0 or 1.
        boolean fusedOutput = lossFn == Loss.BCE;
        int parameterGradientBase = quantities.gradientSlot(0);
        for (int s = 0; s < samples; s++) {
            sink.beginSample(s);
            double[] zs = z[s];
            double[] as = a[s];
            double[] y = data.targetRow(s);
            int daOutSlot = quantities.activationGradientSlot(s, last, 0);
            for (int k = 0; k < shape.outputs(); k++) {
                double g = scale * lossFn.gradient(y[k], as[outOff + k], zs[outOff + k]);
                da[outOff + k] = g;
                sink.emit(daOutSlot + k, g);
            }
            for (int l = last; l >= 0; l--) {
                int fanIn = shape.fanIn(l);
                int units = shape.units(l);
                int wOff = shape.weightOffset(l);
                int bOff = shape.biasOffset(l);
                int uOff = shape.unitOffset(l);
                Activation f = shape.activation(l);
                int dzSlot = quantities.preActivationGradientSlot(s, l, 0);
                boolean fused = fusedOutput && l == last;
                for (int i = 0; i < units; i++) {
                    double g = fused
                            ? scale * (as[uOff + i] - y[i])
                            : da[uOff + i] * f.derivative(zs[uOff + i], as[uOff + i]);
                    dz[uOff + i] = g;
                    sink.emit(dzSlot + i, g);
                }
                double[] in = l == 0 ? data.inputRow(s) : as;
                int inOff = l == 0 ? 0 : shape.unitOffset(l - 1);
                boolean trainBias = shape.trainsBias(l);
                for (int i = 0; i < units; i++) {
                    double g = dz[uOff + i];
                    int row = wOff + i * fanIn;
                    for (int j = 0; j < fanIn; j++) {
                        double acc = gradient[row + j] + g * in[inOff + j];
                        gradient[row + j] = acc;
                        sink.emit(parameterGradientBase + row + j, acc);
                    }
                    if (trainBias) {
                        double acc = gradient[bOff + i] + g;
                        gradient[bOff + i] = acc;
                        sink.emit(parameterGradientBase + bOff + i, acc);
                    }
                }
                if (l > 0) {
                    int prevOff = shape.unitOffset(l - 1);
                    int daSlot = quantities.activationGradientSlot(s, l - 1, 0);
                    for (int j = 0; j < fanIn; j++) {
                        double sum = 0.0;
                        for (int i = 0; i < units; i++) {
                            sum += dz[uOff + i] * p[wOff + i * fanIn + j];
                        }
                        da[prevOff + j] = sum;
                        sink.emit(daSlot + j, sum);
                    }
                }
            }
        }
    }

    private void update(double[] p, double learningRate, OperationSink sink) {
        sink.beginSample(-1);
        for (int l = 0; l < shape.layers(); l++) {
            int end = shape.trainsBias(l) ? shape.biasOffset(l) + shape.units(l) : shape.biasOffset(l);
            for (int n = shape.weightOffset(l); n < end; n++) {
                double updated = p[n] - learningRate * gradient[n];
                p[n] = updated;
                sink.emit(n, updated);
            }
        }
    }
}
