package org.backstep.engine;

/**
 * One training step, operation by operation: the forward pass of every sample, the loss, the
 * backward pass of every sample (parameter gradients summed over samples), then the optimizer's
 * update. With a listening {@link OperationSink} every operation is reported as it happens, a
 * sample at a time; with {@link OperationSink#NONE} nothing is, and the batch is computed in one
 * block. Both run the one {@link StepKernel}, so a recorded step and an unrecorded one give the
 * same bits.
 *
 * <p>Not thread-safe: one instance holds the work arrays of one lesson.
 */
public final class TrainingStep {
    private final NetworkShape shape;
    private final Optimizer optimizer;
    private final Quantities quantities;
    private final Dataset data;
    private final int samples;
    private final StepKernel kernel;

    public TrainingStep(NetworkShape shape, Dataset data, Optimizer optimizer) {
        if (data.inputWidth() != shape.inputs() || data.targetWidth() != shape.outputs()) {
            throw new IllegalArgumentException("the data do not fit the network's inputs and outputs");
        }
        this.shape = shape;
        this.optimizer = optimizer;
        this.data = data;
        this.samples = data.size();
        this.quantities = new Quantities(shape, samples, optimizer);
        this.kernel = new StepKernel(quantities, data);
    }

    public NetworkShape shape() {
        return shape;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Quantities quantities() {
        return quantities;
    }

    public Dataset data() {
        return data;
    }

    /** Runs one whole step on {@code state} (changed in place) and returns the loss before the update. */
    public double run(TrainingState state, int epoch, OperationSink sink) {
        boolean live = sink != OperationSink.NONE;
        // Recording goes a sample at a time, so the events come in the order students step through.
        int block = live ? 1 : samples;
        double[] p = state.parameters();
        if (live) {
            sink.beginEpoch(epoch);
        }
        for (int s = 0; s < samples; s += block) {
            sink.beginSample(s);
            kernel.forward(p, s, s + block, sink);
        }
        double loss = 0.0;
        for (int s = 0; s < samples; s += block) {
            sink.beginSample(s);
            loss = kernel.loss(s, s + block, loss, sink);
        }
        for (int s = 0; s < samples; s += block) {
            sink.beginSample(s);
            kernel.backward(p, s, s + block, sink);
        }
        sink.beginSample(-1);
        kernel.update(state, optimizer, sink);
        return loss;
    }

    /** The loss at {@code params}, without reporting anything. */
    public double loss(double[] params) {
        kernel.forward(params, 0, samples, OperationSink.NONE);
        return kernel.loss(0, samples, 0.0, OperationSink.NONE);
    }

    /** Fills {@code gradientOut} with dL/dparam at {@code params} and returns the loss. */
    public double gradient(double[] params, double[] gradientOut) {
        double loss = loss(params);
        kernel.backward(params, 0, samples, OperationSink.NONE);
        System.arraycopy(kernel.gradient, 0, gradientOut, 0, gradientOut.length);
        return loss;
    }

    /** The network's outputs for every sample at {@code params}: {@code [sample][output]}. */
    public double[][] outputs(double[] params) {
        kernel.forward(params, 0, samples, OperationSink.NONE);
        int outOff = shape.unitOffset(shape.layers() - 1);
        double[][] out = new double[samples][shape.outputs()];
        for (int s = 0; s < samples; s++) {
            for (int k = 0; k < shape.outputs(); k++) {
                out[s][k] = kernel.a[outOff + k][s];
            }
        }
        return out;
    }

    /**
     * After a forward pass, which units of ReLU-like layers were open (pre-activation above 0),
     * indexed {@code sample * totalUnits + unit}; other units read false.
     */
    boolean[] openReluLikeUnits() {
        boolean[] open = new boolean[samples * shape.totalUnits()];
        for (int l = 0; l < shape.layers(); l++) {
            if (!shape.activation(l).reluLike()) {
                continue;
            }
            for (int i = 0; i < shape.units(l); i++) {
                int u = shape.unitOffset(l) + i;
                for (int s = 0; s < samples; s++) {
                    open[s * shape.totalUnits() + u] = kernel.z[u][s] > 0;
                }
            }
        }
        return open;
    }
}
