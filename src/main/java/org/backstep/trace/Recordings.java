package org.backstep.trace;

import org.backstep.engine.Dataset;
import org.backstep.engine.Quantities;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;

/** Ways to turn training into an {@link EventLog}. */
public final class Recordings {
    private Recordings() {
    }

    /** Records steps {@code 0 .. steps-1} starting from {@code start} (left unchanged). */
    public static EventLog record(TrainingStep step, TrainingState start, int steps, int cap) {
        return record(step, start, 0, steps, cap);
    }

    /**
     * Records {@code count} steps numbered from {@code firstStep} (over the whole run, so that the
     * batches are those the run takes), starting from {@code start} (left unchanged).
     */
    public static EventLog record(TrainingStep step, TrainingState start, int firstStep, int count, int cap) {
        EventLog log = new EventLog(step.quantities(), initialState(step, start), cap);
        int batch = step.batching().batchSize(step.data().size());
        log.expect(step.quantities().eventsPerStep(batch) * count);
        TrainingState working = start.copy();
        for (int k = firstStep; k < firstStep + count && !log.isTruncated(); k++) {
            step.run(working, k, log);
        }
        log.seal();
        return log;
    }

    /**
     * Re-records step {@code k} of a finished training run from the state before it; the events
     * are those a recording of the whole run would hold for that step.
     */
    public static EventLog recordStep(TrainingRun run, int k, int cap) {
        return record(run.step(), run.stateAtStep(k), k, 1, cap);
    }

    /** Re-records the first step of epoch {@code epoch} of a finished run (see {@link #recordStep}). */
    public static EventLog recordEpoch(TrainingRun run, int epoch, int cap) {
        return recordStep(run, epoch * run.step().stepsPerEpoch(), cap);
    }

    /** The value of every slot before a step: parameters, optimizer state, inputs and targets; NaN elsewhere. */
    public static double[] initialState(TrainingStep step, TrainingState start) {
        Quantities q = step.quantities();
        Dataset data = step.data();
        double[] values = new double[q.slotCount()];
        java.util.Arrays.fill(values, Double.NaN);
        double[] params = start.parameters();
        System.arraycopy(params, 0, values, q.parameterSlot(0), params.length);
        for (int v = 0; v < q.optimizer().state().size(); v++) {
            for (int n = 0; n < params.length; n++) {
                values[q.stateSlot(v, n)] = start.stateValue(v, n);
            }
        }
        for (int s = 0; s < data.size(); s++) {
            for (int j = 0; j < data.inputWidth(); j++) {
                values[q.inputSlot(s, j)] = data.input(s, j);
            }
            for (int k = 0; k < data.targetWidth(); k++) {
                values[q.targetSlot(s, k)] = data.target(s, k);
            }
        }
        return values;
    }
}
