package org.backstep.engine;

/**
 * Where a {@link TrainingStep} reports each operation it performs. The engine knows nothing about
 * who listens; the trace package records, tests count, and {@link #NONE} makes training silent.
 * Called on the thread that runs the step.
 */
@FunctionalInterface
public interface OperationSink {
    /** Called before the first operation of a training step: which step, epoch and batch it is. */
    default void beginStep(StepPlace place) {
    }

    /** Called when the operations that follow concern another sample (-1: the whole batch). */
    default void beginSample(int sample) {
    }

    /** One operation wrote {@code value} into {@code slot} (see {@link Quantities}). */
    void emit(int slot, double value);

    /** A sink that ignores everything; training with it takes the fast silent path. */
    OperationSink NONE = (slot, value) -> { };
}
