package org.backstep.replay.landscape;

import org.backstep.engine.TrainingRun;

/**
 * Reads the path of a finished {@link TrainingRun} in the plane of two parameters: the parameters
 * after 0, 1, … updates ({@link TrainingRun#parametersAt}), thinned to at most {@link #MAX_POINTS}
 * evenly spaced epochs, the first and the last always among them. A run rebuilds an epoch with its
 * own step, which is not thread-safe, so the path is read on the thread that uses the run (the
 * Swing thread in the window), a slice at a time: {@link #readFor} stops after its time is up, and
 * the window reads on between its other events.
 */
public final class RunPath {
    /** A path keeps at most this many points: a million epochs draw as a couple of thousand. */
    public static final int MAX_POINTS = 2000;

    private final TrainingRun run;
    private final int across;
    private final int up;
    private final int[] epochs;
    private final double[] xs;
    private final double[] ys;
    private int read;

    public RunPath(TrainingRun run, int across, int up) {
        this.run = run;
        this.across = across;
        this.up = up;
        this.epochs = epochs(run.completedEpochs(), MAX_POINTS);
        this.xs = new double[epochs.length];
        this.ys = new double[epochs.length];
    }

    /** At most {@code max} epochs from 0 to {@code last}, evenly spaced, both ends included. */
    public static int[] epochs(int last, int max) {
        int count = (int) Math.min((long) last + 1, Math.max(2, max));
        int[] epochs = new int[count];
        if (count == 1) {
            return epochs;
        }
        for (int k = 0; k < count; k++) {
            epochs[k] = (int) Math.round((double) k * last / (count - 1));
        }
        return epochs;
    }

    /** Reads epochs until all are read or {@code nanos} have passed (at least one); true when done. */
    public boolean readFor(long nanos) {
        long until = System.nanoTime() + nanos;
        while (read < epochs.length) {
            double[] p = run.parametersAt(epochs[read]);
            xs[read] = p[across];
            ys[read] = p[up];
            read++;
            if (System.nanoTime() >= until) {
                break;
            }
        }
        return done();
    }

    public boolean done() {
        return read == epochs.length;
    }

    /** How much is read, 0 to 100. */
    public int percent() {
        return (int) (100L * read / epochs.length);
    }

    /** The path read so far (all of it once {@link #done}). */
    public LandscapePath path() {
        return LandscapePath.of(java.util.Arrays.copyOf(xs, read), java.util.Arrays.copyOf(ys, read),
                java.util.Arrays.copyOf(epochs, read));
    }

    public TrainingRun run() {
        return run;
    }
}
