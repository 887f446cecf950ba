package org.backstep.ui.training;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.SwingWorker;
import org.backstep.ui.session.TrainingController;

/**
 * Runs the training tab's jobs off the Swing thread, one at a time: their progress goes to the
 * progress bar, a live run's points to the chart, and the result (or what went wrong) back to the
 * Swing thread. A cancel is asked of the job, which stops after its current epoch.
 */
final class Background {
    private final TrainingProgress progress;
    private AtomicBoolean cancel;
    private SwingWorker<?, ?> worker;

    Background(TrainingProgress progress) {
        this.progress = progress;
    }

    /**
     * Starts {@code job}; {@code points} (or null) gets the live curve's points and {@code done}
     * the result or the failure, both on the Swing thread.
     */
    <T> void start(TrainingController.Job<T> job, Consumer<List<double[]>> points, BiConsumer<T, Throwable> done) {
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        SwingWorker<T, double[]> work = new SwingWorker<>() {
            @Override
            protected T doInBackground() {
                return job.run(new TrainingController.Progress() {
                    @Override
                    public void point(int epoch, double loss) {
                        publish(new double[] {epoch, loss});
                    }

                    @Override
                    public void percent(int p) {
                        setProgress(Math.max(0, Math.min(100, p)));
                    }
                }, flag::get);
            }

            @Override
            protected void process(List<double[]> chunks) {
                if (points != null) {
                    points.accept(chunks);
                }
            }

            @Override
            protected void done() {
                try {
                    done.accept(get(), null);
                } catch (ExecutionException e) {
                    done.accept(null, e.getCause());
                } catch (InterruptedException e) {
                    done.accept(null, e);
                }
            }
        };
        work.addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName())) {
                progress.percent((Integer) e.getNewValue());
            }
        });
        worker = work;
        work.execute();
    }

    /** Asks the running job, if any, to stop. */
    void cancel() {
        if (cancel != null) {
            cancel.set(true);
        }
    }

    boolean isRunning() {
        return worker != null && !worker.isDone();
    }
}
