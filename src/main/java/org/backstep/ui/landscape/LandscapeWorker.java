package org.backstep.ui.landscape;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javax.swing.SwingUtilities;
import org.backstep.replay.landscape.Landscape;
import org.backstep.replay.landscape.LossLandscape;
import org.backstep.ui.session.LandscapeChoice;

/**
 * Works landscapes out on a thread of its own ({@code backstep-landscape}), one at a time: a new
 * one cancels the one before (it stops before its next row, or at once if it is still waiting),
 * and only the newest one's progress and result reach the Swing thread. The picture of the
 * grid's colours is made there too, off the Swing thread.
 */
final class LandscapeWorker {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "backstep-landscape");
        t.setDaemon(true);
        return t;
    });
    /** Progress is told at most every this many rows: 60 repaints of a label would be a waste. */
    private static final int ROWS_PER_REPORT = 6;

    /** A finished landscape with each cell's place on the colour scale. */
    record Done(Landscape landscape, float[] positions) {
    }

    private int generation;
    private AtomicBoolean cancel = new AtomicBoolean();
    private Future<?> running;

    /**
     * Starts {@code job}. {@code percent} hears how far it is and {@code done} gets the result or
     * the failure, both on the Swing thread and only while no other job was started since.
     */
    void start(LandscapeChoice.Job job, IntConsumer percent, BiConsumer<Done, Throwable> done) {
        cancel();
        int mine = ++generation;
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        running = THREAD.submit(() -> {
            Done result = null;
            Throwable failure = null;
            try {
                Landscape landscape = job.run(flag::get, rows -> {
                    if (rows % ROWS_PER_REPORT == 0) {
                        int p = 100 * rows / LossLandscape.SIZE;
                        SwingUtilities.invokeLater(() -> {
                            if (mine == generation) {
                                percent.accept(p);
                            }
                        });
                    }
                });
                result = new Done(landscape, LandscapeColours.positions(landscape.grid(), landscape.scale()));
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException | OutOfMemoryError e) {
                failure = e;
            }
            Done shown = result;
            Throwable failed = failure;
            SwingUtilities.invokeLater(() -> {
                if (mine == generation && !flag.get()) {
                    done.accept(shown, failed);
                }
            });
        });
    }

    /** Stops the running job, if any; its result will not be told. */
    void cancel() {
        generation++;
        cancel.set(true);
        if (running != null) {
            running.cancel(false);
        }
    }

    /** Whether a job is waiting or running. */
    boolean isBusy() {
        return running != null && !running.isDone();
    }
}
