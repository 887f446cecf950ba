package org.backstep.engine;

/**
 * How a lesson trains: the optimizer with its settings, how the samples are split into batches,
 * and how many epochs a run takes.
 */
public record Training(Optimizer optimizer, int epochs, Batching batching) {
    public Training {
        if (optimizer == null) {
            throw new IllegalArgumentException("training needs an optimizer");
        }
        if (batching == null) {
            throw new IllegalArgumentException("training needs a batching (Batching.FULL for full batch)");
        }
        if (!Limits.epochsAllowed(epochs)) {
            throw new IllegalArgumentException("epochs " + Limits.epochsRule());
        }
    }

    /** Full-batch training. */
    public Training(Optimizer optimizer, int epochs) {
        this(optimizer, epochs, Batching.FULL);
    }

    public Training withOptimizer(Optimizer other) {
        return new Training(other, epochs, batching);
    }

    public Training withEpochs(int other) {
        return new Training(optimizer, other, batching);
    }

    public Training withBatching(Batching other) {
        return new Training(optimizer, epochs, other);
    }

    /** Whether a step under {@code other} does exactly what a step under this does (the epochs aside). */
    public boolean sameStepAs(Training other) {
        return optimizer.equals(other.optimizer) && batching.equals(other.batching);
    }
}
