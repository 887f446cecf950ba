package org.backstep.replay.landscape;

import java.util.Arrays;
import org.backstep.trace.EventLog;

/**
 * Where training went in the plane of two parameters: one point per epoch read (the parameters
 * after that many updates), in order. Points where either parameter is not a finite number (a run
 * that diverged) are left out; the epochs say which were kept.
 */
public record LandscapePath(double[] xs, double[] ys, int[] epochs) {
    public LandscapePath {
        if (xs.length != ys.length || xs.length != epochs.length) {
            throw new IllegalArgumentException("a path needs as many epochs as points");
        }
    }

    /** The path of the finite points among these. */
    public static LandscapePath of(double[] xs, double[] ys, int[] epochs) {
        int kept = 0;
        double[] x = new double[xs.length];
        double[] y = new double[xs.length];
        int[] e = new int[xs.length];
        for (int k = 0; k < xs.length; k++) {
            if (Double.isFinite(xs[k]) && Double.isFinite(ys[k])) {
                x[kept] = xs[k];
                y[kept] = ys[k];
                e[kept++] = epochs[k];
            }
        }
        return new LandscapePath(Arrays.copyOf(x, kept), Arrays.copyOf(y, kept), Arrays.copyOf(e, kept));
    }

    /**
     * Before any training run, the path is the recorded step's own update: the two parameters as
     * the step starts and after its update (as it starts when the recording was cut before it).
     */
    public static LandscapePath ofStep(EventLog log, int across, int up) {
        int epoch = log.size() == 0 ? 0 : log.epoch(0);
        double[] before = {log.initialValue(log.quantities().parameterSlot(across)),
                log.initialValue(log.quantities().parameterSlot(up))};
        double[] after = afterUpdate(log, new int[] {across, up}, before);
        return of(new double[] {before[0], after[0]}, new double[] {before[1], after[1]}, new int[] {epoch, epoch + 1});
    }

    /** The last value each parameter's slot was given in the log, or {@code start} when none. */
    static double[] afterUpdate(EventLog log, int[] parameters, double[] start) {
        double[] after = start.clone();
        boolean[] found = new boolean[parameters.length];
        int left = parameters.length;
        // The update is the step's last phase: read from the end until every parameter has its write.
        for (int seq = log.size() - 1; seq >= 0 && left > 0; seq--) {
            int slot = log.slot(seq);
            for (int k = 0; k < parameters.length; k++) {
                if (!found[k] && slot == log.quantities().parameterSlot(parameters[k])) {
                    found[k] = true;
                    after[k] = log.value(seq);
                    left--;
                }
            }
            if (log.phase(seq) != org.backstep.engine.Phase.UPDATE) {
                break;
            }
        }
        return after;
    }

    public int size() {
        return xs.length;
    }

    public boolean isEmpty() {
        return xs.length == 0;
    }

    /** The first and last epoch on the path; 0 when it is empty. */
    public int firstEpoch() {
        return epochs.length == 0 ? 0 : epochs[0];
    }

    public int lastEpoch() {
        return epochs.length == 0 ? 0 : epochs[epochs.length - 1];
    }
}
