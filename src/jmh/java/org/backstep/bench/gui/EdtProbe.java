package org.backstep.bench.gui;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.swing.JButton;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.ui.MainWindow;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.training.TrainingPanel;

/**
 * How long the Swing thread keeps a tiny task waiting while a training run goes on.
 *
 * <p>Opens the window on a lesson, shows the Training tab, sets the epoch count and starts a run
 * as the Run button would. A separate thread posts an empty task to the Swing thread every 5 ms
 * and each task records how long it waited between being posted and running. The waits are
 * sorted into three periods:
 * <ul>
 * <li>idle: one second with the window open before training starts (the floor this machine and
 * display give);</li>
 * <li>training: tasks that ran after the Run handler was entered and before the run's
 * {@code done()} began on the Swing thread (a task kept waiting by the Run handler itself counts
 * here);</li>
 * <li>after: tasks that ran after {@code done()} began, posting going on for 1.5 s more (the full
 * loss curve is set and painted then). The wait for the last of them is bounded (60 s, or
 * {@code -Dbackstep.edt.drainSeconds}); a task still queued then counts with its wait so far and
 * the line says {@code stillBlockedAfterS}.</li>
 * </ul>
 * The end of the run is seen through the Run button being enabled again, the first thing the
 * panel does when the run is over.
 *
 * <p>Arguments: {@code [epochs [lesson]]}, default 60,000 epochs of the 2-16-16-1 benchmark lesson
 * ({@code src/jmh/lessons/bench-2-16-16-1.json}, relative to the repository root), which lasts a few
 * seconds here; the seed lesson trains a million epochs (the spinner's limit) in under two. The
 * lesson may be a bundled id or a lesson file. Prints one {@code backstep-edt} line; with
 * {@code -Dbackstep.edt.trace=true} also one {@code backstep-edt-wait} line per wait over 16 ms.
 */
public final class EdtProbe {
    private static final long PERIOD_NS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long IDLE_NS = TimeUnit.MILLISECONDS.toNanos(1000);
    private static final long AFTER_NS = TimeUnit.MILLISECONDS.toNanos(1500);
    private static final int MAX_PROBES = 1 << 20;
    /** How long to wait at most for the Swing thread to run the last probe after the run. */
    private static final long DRAIN_SECONDS = Long.getLong("backstep.edt.drainSeconds", 60);

    private final long[] posted = new long[MAX_PROBES];
    private final long[] ran = new long[MAX_PROBES];
    private volatile int count;

    private volatile long startNs;
    private volatile long doneNs;

    private EdtProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("no display: run under xvfb-run");
        }
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        String lessonName = args.length > 1 ? args[1] : "src/jmh/lessons/bench-2-16-16-1.json";
        GuiProbes.isolatePreferences();
        new EdtProbe().run(epochs, lessonName);
        System.exit(0);
    }

    private void run(int epochs, String lessonName) throws Exception {
        Lesson lesson = BundledLessons.resolve(lessonName);
        MainWindow[] window = new MainWindow[1];
        TrainingPanel[] panel = new TrainingPanel[1];
        CountDownLatch finished = new CountDownLatch(1);
        GuiProbes.onEdt(() -> {
            UiContext ui = UiContext.forUser();
            ui.appearance().install();
            window[0] = new MainWindow(ui, lesson);
            window[0].setVisible(true);
            GuiProbes.find(window[0], "tabs", JTabbedPane.class).setSelectedIndex(1);
            panel[0] = GuiProbes.find(window[0], "training", TrainingPanel.class);
            GuiProbes.find(window[0], "training.epochs", JSpinner.class).setValue(epochs);
            JButton run = GuiProbes.find(window[0], "training.run", JButton.class);
            run.addPropertyChangeListener("enabled", e -> {
                if (Boolean.TRUE.equals(e.getNewValue()) && startNs != 0 && doneNs == 0) {
                    doneNs = System.nanoTime();
                    finished.countDown();
                }
            });
        });
        GuiProbes.settle(500);

        Thread prober = new Thread(this::probe, "edt-prober");
        prober.setDaemon(true);
        long idleFrom = System.nanoTime();
        prober.start();
        LockSupport.parkNanos(IDLE_NS);
        SwingUtilities.invokeLater(() -> {
            startNs = System.nanoTime();
            panel[0].start();
        });
        if (!finished.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("training did not finish within 10 minutes");
        }
        LockSupport.parkNanos(AFTER_NS);
        prober.interrupt();
        prober.join();
        // Every posted task has run once an empty task posted after them all has run. The Swing
        // thread may be busy for a long time after a run (see performance.md), so the wait is
        // bounded; tasks still queued then count with the time they have waited so far.
        CountDownLatch drained = new CountDownLatch(1);
        SwingUtilities.invokeLater(drained::countDown);
        boolean stillBlocked = !drained.await(DRAIN_SECONDS, TimeUnit.SECONDS);
        long cutOff = System.nanoTime();
        int n = count;
        for (int i = 0; i < n; i++) {
            if (ran[i] == 0) {
                ran[i] = cutOff;
            }
        }
        String summary = stillBlocked ? "stillBlockedAfterS=" + DRAIN_SECONDS : "drained=true";
        long[] idle = waits(n, idleFrom, startNs);
        long[] training = waits(n, startNs, doneNs);
        long[] after = waits(n, doneNs, Long.MAX_VALUE);
        System.out.println(String.format(Locale.ROOT,
                "backstep-edt lesson=%s epochs=%d trainingMs=%.1f %s %s %s %s",
                lesson.id(), epochs, (doneNs - startNs) / 1e6, summary,
                stats("idle", idle), stats("training", training), stats("after", after)));
        if (Boolean.getBoolean("backstep.edt.trace")) {
            // Where the long waits fall: milliseconds after the Run handler started, and the wait.
            for (int i = 0; i < n; i++) {
                long wait = ran[i] - posted[i];
                if (wait > TimeUnit.MILLISECONDS.toNanos(16)) {
                    System.out.println(String.format(Locale.ROOT, "backstep-edt-wait postedAtMs=%.1f waitMs=%.1f",
                            (posted[i] - startNs) / 1e6, wait / 1e6));
                }
            }
        }
        System.out.flush();
        if (stillBlocked) {
            // The Swing thread cannot close the window now; leave without it.
            Runtime.getRuntime().halt(0);
        }
        GuiProbes.onEdt(() -> window[0].dispose());
    }

    /** Posts one empty task every 5 ms until interrupted. */
    private void probe() {
        long next = System.nanoTime();
        while (!Thread.currentThread().isInterrupted() && count < MAX_PROBES) {
            next += PERIOD_NS;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                LockSupport.parkNanos(sleep);
            } else {
                // Late (this thread was not scheduled): start the 5 ms rhythm again from now.
                next = System.nanoTime();
            }
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            int i = count++;
            posted[i] = System.nanoTime();
            SwingUtilities.invokeLater(() -> ran[i] = System.nanoTime());
        }
    }

    /** The waits of the tasks that ran in (from, to], in nanoseconds. */
    private long[] waits(int n, long from, long to) {
        long[] out = new long[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (ran[i] > from && ran[i] <= to) {
                out[k++] = ran[i] - posted[i];
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static String stats(String name, long[] waits) {
        if (waits.length == 0) {
            return name + "Count=0";
        }
        long[] sorted = waits.clone();
        Arrays.sort(sorted);
        // Nearest rank: the smallest wait that at least 99 % of the waits do not exceed.
        long p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)];
        long max = sorted[sorted.length - 1];
        return String.format(Locale.ROOT, "%sCount=%d %sMaxMs=%.2f %sP99Ms=%.2f", name, sorted.length,
                name, max / 1e6, name, p99 / 1e6);
    }
}
