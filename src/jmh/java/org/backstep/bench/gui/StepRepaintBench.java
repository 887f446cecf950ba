package org.backstep.bench.gui;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.TimeUnit;
import javax.swing.JRootPane;
import org.backstep.lesson.BundledLessons;
import org.backstep.replay.ReplayCursor;
import org.backstep.ui.MainWindow;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One press of → in the step debugger, as the Swing thread lives it: the cursor moves one event
 * (every panel hears of it and updates), then the whole window is painted at once. Both happen in
 * one task on the Swing thread; the op ends when that task has finished, so the score is the time
 * from the key's task starting to the last pixel of the repaint, plus the hand-over to the Swing
 * thread and back (a few tens of microseconds). At the last event the cursor goes back to the
 * start, which is one move like any other.
 *
 * <p>Swing also queues work of its own after a move (re-layout of the panels that called
 * {@code revalidate}, the repaint of their dirty regions, a scroll the maths panel posts). It runs
 * on the Swing thread between two ops, and the next op's task waits behind it, so in a run of
 * many ops that work is counted in the average too: {@link #stepAndRepaint} pays for the forced
 * full paint and for Swing's own repaint of the regions the panels marked dirty.
 * {@link #stepThenSwingRepaint} is the key press as the app really runs it: the move, then only
 * what Swing queues because of it (layout and the repaint of the dirty regions), with no forced
 * paint.
 *
 * <p>Needs a display (run under {@code xvfb-run}); the window is opened at the size of the
 * {@code size} parameter, at the top left of the screen.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StepRepaintBench {
    @Param({"1920x1080", "1366x768"})
    public String size;

    private MainWindow window;
    private StepSession session;
    private JRootPane root;
    private final Runnable stepAndPaint = this::stepAndPaintOnEdt;
    private final Runnable step = this::stepOnEdt;
    private static final Runnable NOTHING = () -> { };

    @Setup(Level.Trial)
    public void open() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("no display: run the GUI benchmarks under xvfb-run");
        }
        GuiProbes.isolatePreferences();
        int[] wh = GuiProbes.size(size);
        var lesson = BundledLessons.load("seed-2-3-1");
        GuiProbes.onEdt(() -> {
            UiContext ui = UiContext.forUser();
            ui.appearance().install();
            window = new MainWindow(ui, lesson);
            window.setSize(wh[0], wh[1]);
            window.setLocation(0, 0);
            window.setVisible(true);
            session = window.session();
            root = window.getRootPane();
        });
        GuiProbes.settle(500);
        GuiProbes.onEdt(() -> {
            if (window.getWidth() != wh[0] || window.getHeight() != wh[1]) {
                throw new IllegalStateException("the window is " + window.getWidth() + "x" + window.getHeight()
                        + ", not " + size + " (is the screen large enough?)");
            }
        });
    }

    private void stepOnEdt() {
        if (session.cursor().atEnd()) {
            session.seek(ReplayCursor.START);
        } else {
            session.move(ReplayCursor::stepForward);
        }
    }

    private void stepAndPaintOnEdt() {
        stepOnEdt();
        root.paintImmediately(root.getBounds());
    }

    /** The measure: one move and a forced paint of the whole window, in one Swing task. */
    @Benchmark
    public void stepAndRepaint() {
        GuiProbes.onEdt(stepAndPaint);
    }

    /**
     * One move, then the Swing thread's own follow-up: the op ends when an empty task posted after
     * the move has run, and a second one after that (for what the first round of work queues, such
     * as the maths panel's scroll and the repaint it causes).
     */
    @Benchmark
    public void stepThenSwingRepaint() {
        GuiProbes.onEdt(step);
        GuiProbes.onEdt(NOTHING);
        GuiProbes.onEdt(NOTHING);
    }

    @TearDown(Level.Trial)
    public void close() {
        GuiProbes.onEdt(() -> window.dispose());
    }
}
