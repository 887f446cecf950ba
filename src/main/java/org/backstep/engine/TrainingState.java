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
    /** The kind of optimizer the state belongs to: another kind's numbers mean something else. */
    private final Optimizer.Kind kind;
    private long updates;

    private TrainingState(double[] parameters, double[] optimizerState, Optimizer.Kind kind, long updates) {
        this.parameters = parameters;
        this.optimizerState = optimizerState;
        this.kind = kind;
        this.updates = updates;
    }

    /** The state before the first update: these parameters (copied) and the optimizer's state at zero. */
    public static TrainingState start(double[] parameters, Optimizer optimizer) {
        return new TrainingState(parameters.clone(), new double[optimizer.state().size() * parameters.length],
                optimizer.kind(), 0);
    }

    /** How many updates made this state (Adam's t before the next one). */
    public long updates() {
        return updates;
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
     * This state for a step that updates with {@code optimizer}: kept when it is an optimizer of the
     * same kind keeping the same variables (another learning rate, say), else started afresh from
     * these parameters, its update count at 0 (a velocity means nothing to RMSprop, nor Adam's
     * bias correction to a fresh start).
     */
    public TrainingState keptFor(Optimizer optimizer) {
        return optimizer.kind() == kind && optimizerState.length == optimizer.state().size() * parameters.length
                ? this : start(parameters, optimizer);
    }

    public TrainingState copy() {
        return new TrainingState(parameters.clone(), optimizerState.clone(), kind, updates);
    }

    /** Whether both hold the same numbers, bit for bit. */
    public boolean sameAs(TrainingState other) {
        return updates == other.updates && kind == other.kind && Arrays.equals(parameters, other.parameters)
                && Arrays.equals(optimizerState, other.optimizerState);
    }
}
