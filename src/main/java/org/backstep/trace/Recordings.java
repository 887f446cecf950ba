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

    /** Records epochs {@code 0 .. epochs-1} starting from {@code start} (left unchanged). */
    public static EventLog record(TrainingStep step, TrainingState start, int epochs, int cap) {
        return record(step, start, 0, epochs, cap);
    }

    /** Records {@code count} steps numbered from {@code firstEpoch}, starting from {@code start} (left unchanged). */
    public static EventLog record(TrainingStep step, TrainingState start, int firstEpoch, int count, int cap) {
        EventLog log = new EventLog(step.quantities(), initialState(step, start), cap);
        log.expect(step.quantities().eventsPerStep() * count);
        TrainingState working = start.copy();
        for (int e = firstEpoch; e < firstEpoch + count && !log.isTruncated(); e++) {
            step.run(working, e, log);
        }
        log.seal();
        return log;
    }

    /**
     * Re-records one epoch of a finished training run from that epoch's state; the events are
     * those a recording of the whole run would hold for that epoch.
     */
    public static EventLog recordEpoch(TrainingRun run, int epoch, int cap) {
        return record(run.step(), run.stateAt(epoch), epoch, 1, cap);
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
