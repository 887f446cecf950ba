package org.backstep.replay.landscape;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.backstep.engine.TrainingStep;

/**
 * Works out a {@link LossGrid}: the full-data loss ({@link TrainingStep#loss}) at every cell of
 * a grid over two parameters, every other parameter held where it is. Runs on any thread with a
 * step of its own (a step is not thread-safe), and stops between rows once asked to.
 */
public final class LossLandscape {
    /** Cells along each side of the tab's landscape: 3600 losses. */
    public static final int SIZE = 60;

    private LossLandscape() {
    }

    /**
     * The loss over {@code range} of parameters {@code across} and {@code up}, the others at their
     * values in {@code held} (not changed). {@code rowsDone} hears after each row how many are
     * done. Throws {@link CancellationException} when {@code cancelled} says so, or the thread is
     * interrupted, before a row.
     */
    public static LossGrid compute(TrainingStep step, double[] held, int across, int up, LandscapeRange range,
                                   int size, BooleanSupplier cancelled, IntConsumer rowsDone) {
        if (across == up) {
            throw new IllegalArgumentException("a landscape needs two different parameters, not " + across + " twice");
        }
        if (size < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 cells a side, not " + size);
        }
        double[] params = held.clone();
        double[] values = new double[size * size];
        for (int r = 0; r < size; r++) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the landscape was asked to stop at row " + r);
            }
            params[up] = LossGrid.centre(range.yMin(), range.yMax(), r, size);
            for (int c = 0; c < size; c++) {
                params[across] = LossGrid.centre(range.xMin(), range.xMax(), c, size);
                values[r * size + c] = step.loss(params);
            }
            rowsDone.accept(r + 1);
        }
        return new LossGrid(across, up, range, size, values);
    }
}
