package org.backstep.engine;

/**
 * How a lesson trains: the optimizer with its settings, and how many epochs a run takes.
 * (Batch sizes come with mini-batches.)
 */
public record Training(Optimizer optimizer, int epochs) {
    public Training {
        if (optimizer == null) {
            throw new IllegalArgumentException("training needs an optimizer");
        }
        if (!Limits.epochsAllowed(epochs)) {
            throw new IllegalArgumentException("epochs " + Limits.epochsRule());
        }
    }

    public Training withOptimizer(Optimizer other) {
        return new Training(other, epochs);
    }

    public Training withEpochs(int other) {
        return new Training(optimizer, other);
    }
}
