package org.backstep.engine;

import java.util.Arrays;

/**
 * Everything a training step changes: the parameters, the optimizer's per-parameter state, and how
 * many updates were made. A run saves copies of it, so that any epoch's step is recorded again from
 * exactly the numbers training had then, optimizer state included. Changed in place by
 * {@link TrainingStep#run}; not thread-safe.
 */
public final class TrainingState {
    private final double[] parameters;
    private final double[] optimizerState;
    private long updates;

    private TrainingState(double[] parameters, double[] optimizerState, long updates) {
        this.parameters = parameters;
        this.optimizerState = optimizerState;
        this.updates = updates;
    }

    /** The state before the first update: these parameters (copied) and the optimizer's state at zero. */
    public static TrainingState start(double[] parameters, Optimizer optimizer) {
        return new TrainingState(parameters.clone(), new double[optimizer.state().size() * parameters.length], 0);
    }

    /** The parameters, in the order of {@link NetworkShape}; the array itself, which a step changes. */
    public double[] parameters() {
        return parameters;
    }

    /** The optimizer's state variable {@code variable} of {@code parameter}. */
    public double stateValue(int variable, int parameter) {
        return optimizerState[variable * parameters.length + parameter];
    }

    /** The optimizer's state, the variables one after the other; the array itself. */
    double[] optimizerState() {
        return optimizerState;
    }

    /** Counts one more update and returns its number, from 1. */
    long nextUpdate() {
        return ++updates;
    }

    /**
     * This state for a step that updates with {@code optimizer}: kept when the optimizer keeps the
     * same state, else started afresh from these parameters (a state means nothing to another kind).
     */
    public TrainingState keptFor(Optimizer optimizer) {
        return optimizerState.length == optimizer.state().size() * parameters.length ? this
                : start(parameters, optimizer);
    }

    public TrainingState copy() {
        return new TrainingState(parameters.clone(), optimizerState.clone(), updates);
    }

    /** Whether both hold the same numbers, bit for bit. */
    public boolean sameAs(TrainingState other) {
        return updates == other.updates && Arrays.equals(parameters, other.parameters)
                && Arrays.equals(optimizerState, other.optimizerState);
    }
}
