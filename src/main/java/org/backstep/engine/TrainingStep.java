package org.backstep.engine;

/**
 * One training step, operation by operation: the forward pass of every sample of the step's batch,
 * the batch's loss, the backward pass of every sample (parameter gradients summed over the batch),
 * then the optimizer's update. Steps are numbered over the whole run: step {@code k} is batch
 * {@code k mod stepsPerEpoch} of epoch {@code k div stepsPerEpoch} (see {@link Batching}). With a
 * listening {@link OperationSink} every operation is reported as it happens, a sample at a time;
 * with {@link OperationSink#NONE} nothing is, and the batch is computed in one block. Both run the
 * one {@link StepKernel}, so a recorded step and an unrecorded one give the same bits.
 *
 * <p>Not thread-safe: one instance holds the work arrays of one lesson.
 */
public final class TrainingStep {
    private final NetworkShape shape;
    private final Optimizer optimizer;
    private final Batching batching;
    private final Quantities quantities;
    private final Dataset data;
    private final int samples;
    /** Every sample in order: the loss of all the data, gradient checks, predictions, and full-batch steps. */
    private final StepKernel kernel;
    /** The batches of mini-batch or shuffled steps; the full kernel when there are none. */
    private final StepKernel batchKernel;
    private int[] order;
    private int orderEpoch = -1;

    public TrainingStep(NetworkShape shape, Dataset data, Optimizer optimizer) {
        this(shape, data, optimizer, Batching.FULL);
    }

    public TrainingStep(NetworkShape shape, Dataset data, Optimizer optimizer, Batching batching) {
        if (data.inputWidth() != shape.inputs() || data.targetWidth() != shape.outputs()) {
            throw new IllegalArgumentException("the data do not fit the network's inputs and outputs");
        }
        this.shape = shape;
        this.optimizer = optimizer;
        this.batching = batching;
        this.data = data;
        this.samples = data.size();
        this.quantities = new Quantities(shape, samples, optimizer);
        this.kernel = new StepKernel(quantities, data);
        this.batchKernel = batching.plainFullBatch(samples) ? kernel
                : new StepKernel(quantities, data, batching.batchSize(samples));
    }

    public NetworkShape shape() {
        return shape;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Batching batching() {
        return batching;
    }

    public Quantities quantities() {
        return quantities;
    }

    public Dataset data() {
        return data;
    }

    /** Updates per epoch: one per batch. */
    public int stepsPerEpoch() {
        return batching.stepsPerEpoch(samples);
    }

    /** The samples step {@code step} takes, in the order it takes them. */
    public int[] batchOf(int step) {
        StepKernel k = loaded(step);
        int[] batch = new int[k.count()];
        for (int s = 0; s < batch.length; s++) {
            batch[s] = k.sampleAt(s);
        }
        return batch;
    }

    /** The kernel holding step {@code step}'s batch. */
    private StepKernel loaded(int step) {
        if (batchKernel == kernel) {
            return kernel;
        }
        int perEpoch = stepsPerEpoch();
        int epoch = step / perEpoch;
        if (epoch != orderEpoch) {
            order = SampleOrder.of(samples, batching.shuffle(), batching.seed(), epoch);
            orderEpoch = epoch;
        }
        int size = batching.batchSize(samples);
        int from = step % perEpoch * size;
        batchKernel.load(order, from, Math.min(size, samples - from));
        return batchKernel;
    }

    /**
     * Runs step {@code step} on {@code state} (changed in place) and returns the loss of its batch
     * before the update.
     */
    public double run(TrainingState state, int step, OperationSink sink) {
        boolean live = sink != OperationSink.NONE;
        StepKernel k = loaded(step);
        int count = k.count();
        // Recording goes a sample at a time, so the events come in the order students step through.
        int block = live ? 1 : count;
        double[] p = state.parameters();
        if (live) {
            sink.beginStep(new StepPlace(step, step / stepsPerEpoch(), batchOf(step), state.updates() + 1));
        }
        for (int s = 0; s < count; s += block) {
            sink.beginSample(k.sampleAt(s));
            k.forward(p, s, s + block, sink);
        }
        double loss = 0.0;
        for (int s = 0; s < count; s += block) {
            sink.beginSample(k.sampleAt(s));
            loss = k.loss(s, s + block, loss, sink);
        }
        for (int s = 0; s < count; s += block) {
            sink.beginSample(k.sampleAt(s));
            k.backward(p, s, s + block, sink);
        }
        sink.beginSample(-1);
        k.update(state, optimizer, sink);
        return loss;
    }

    /** The loss of all the data at {@code params}, without reporting anything. */
    public double loss(double[] params) {
        kernel.forward(params, 0, samples, OperationSink.NONE);
        return kernel.loss(0, samples, 0.0, OperationSink.NONE);
    }

    /** Fills {@code gradientOut} with dL/dparam of the loss of all the data at {@code params} and returns that loss. */
    public double gradient(double[] params, double[] gradientOut) {
        double loss = loss(params);
        kernel.backward(params, 0, samples, OperationSink.NONE);
        System.arraycopy(kernel.gradient, 0, gradientOut, 0, gradientOut.length);
        return loss;
    }

    /** The loss of step {@code step}'s batch at {@code params}: what that step computes before its update. */
    public double batchLoss(int step, double[] params) {
        StepKernel k = loaded(step);
        k.forward(params, 0, k.count(), OperationSink.NONE);
        return k.loss(0, k.count(), 0.0, OperationSink.NONE);
    }

    /** Fills {@code gradientOut} with the gradient of step {@code step}'s batch loss at {@code params}; returns that loss. */
    public double batchGradient(int step, double[] params, double[] gradientOut) {
        StepKernel k = loaded(step);
        double loss = batchLoss(step, params);
        k.backward(params, 0, k.count(), OperationSink.NONE);
        System.arraycopy(k.gradient, 0, gradientOut, 0, gradientOut.length);
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
     * After a forward pass of all the data, which units of ReLU-like layers were open
     * (pre-activation above 0), indexed {@code sample * totalUnits + unit}; other units read false.
     */
    boolean[] openReluLikeUnits() {
        return openUnits(kernel);
    }

    /** The same after a pass of a batch ({@link #batchLoss}), indexed by position in the batch. */
    boolean[] openReluLikeUnitsOfBatch() {
        return openUnits(batchKernel);
    }

    private boolean[] openUnits(StepKernel k) {
        int count = k.count();
        boolean[] open = new boolean[count * shape.totalUnits()];
        for (int l = 0; l < shape.layers(); l++) {
            if (!shape.activation(l).reluLike()) {
                continue;
            }
            for (int i = 0; i < shape.units(l); i++) {
                int u = shape.unitOffset(l) + i;
                for (int s = 0; s < count; s++) {
                    open[s * shape.totalUnits() + u] = k.z[u][s] > 0;
                }
            }
        }
        return open;
    }
}
