package org.backstep.ui.training;

import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Paragraph;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.session.TrainingController;
import org.backstep.ui.theme.Appearance;
import org.knowm.xchart.XYChart;

/**
 * Training dynamics: the lesson's epochs run off the Swing thread with a progress bar and a cancel
 * button, the loss curve filling in as it runs, and every sample's final prediction beside its
 * target; or three learning rates compared. Clicking the curve shows that epoch's step in the
 * debugger. A run that diverged is marked on the curve and says which number first went wrong;
 * the mark and a button open that event. What a run does is the {@link TrainingController}'s;
 * this panel shows it.
 */
public final class TrainingPanel extends JPanel {
    /** Live updates are handed to the chart at most this often; each is a new picture. */
    private static final int LIVE_REPAINT_MS = 250;

    private final StepSession session;
    private final TrainingController controller;
    private final Texts texts;
    private final Appearance appearance;
    private final Commands commands;
    private final Announcer announcer;
    private final LossChart chart;
    private final JButton run;
    private final JButton cancel;
    private final JButton reset;
    private final JButton compare;
    private final TrainingProgress progress;
    private final RunSettings settings;
    private final PredictionTable predictions;
    private final TrainingResults results;
    /** How the last job ended; wraps, as a long translation at a projector's zoom would not fit one line. */
    private final javax.swing.JTextArea message = Paragraph.of(" ", "training.message", 40);
    private final DivergenceNote why;
    private final IntConsumer showEpoch;
    private final javax.swing.Timer liveRepaint = new javax.swing.Timer(LIVE_REPAINT_MS, e -> drawLive());
    private final LiveCurve live = new LiveCurve();
    private final Background background;
    private final TrainingReport report;
    /** Whether the controls are laid out, so a new zoom can rearrange them. */
    private boolean arranged;

    /**
     * @param showEpoch called after the session shows an epoch picked on the curve (to bring the
     *                  debugger to front)
     */
    public TrainingPanel(UiContext ui, StepSession session, IntConsumer showEpoch) {
        this.session = session;
        this.controller = new TrainingController(session);
        this.texts = ui.texts();
        this.appearance = ui.appearance();
        this.commands = ui.commands();
        this.announcer = ui.announcer();
        this.showEpoch = showEpoch;
        chart = new LossChart(texts, appearance);
        progress = new TrainingProgress(texts);
        background = new Background(progress);
        report = new TrainingReport(texts);
        predictions = new PredictionTable(texts);
        settings = new RunSettings(texts);
        results = new TrainingResults(texts, appearance, chart, predictions);
        setName("training");
        chart.onClick(at -> {
            int shown = controller.showEpochNear(at);
            if (shown >= 0) {
                showEpoch.accept(shown);
            }
        }, this::showDivergence);
        commands.define(Command.TRAIN, this::start);
        commands.define(Command.CANCEL_TRAINING, background::cancel);
        commands.define(Command.RESET_LESSON, () -> {
            controller.reset();
            clearChart();
        });
        commands.define(Command.COMPARE_RATES, this::compareRates);
        why = new DivergenceNote(commands, this::showDivergence);
        run = commands.button(Command.TRAIN);
        cancel = commands.button(Command.CANCEL_TRAINING);
        reset = commands.button(Command.RESET_LESSON);
        compare = commands.button(Command.COMPARE_RATES);
        commands.enable(Command.CANCEL_TRAINING, false);
        layOut();
        session.addListener((change, origin) -> {
            if (change == StepSession.Change.LESSON) {
                loadSettings();
            }
        });
        loadSettings();
    }

    private void layOut() {
        setLayout(new MigLayout("insets 8, fill, gap 6 4", "[][][][][][][grow]", "[][grow][][]"));
        // Wrapped to the window's width: on one line, a long translation would squeeze the fields below.
        add(Paragraph.of(Texts.plainText(texts.get("training.intro")), "training.intro", 40), "span, growx, wrap, wmin 100");
        add(results, "span, grow, wrap");
        settings.addTo(this);
        add(run, runConstraints());
        add(cancel);
        add(reset, resetConstraints());
        add(compare, "wrap");
        arranged = true;
        add(progress.bar(), "span 6, growx, wrap");
        add(message, "span, growx, wrap, wmin 100");
        why.addTo(this);
    }

    private void loadSettings() {
        settings.load(session.lesson());
        clearChart();
    }

    private void clearChart() {
        controller.forget();
        chart.setCurve(new double[] {0}, new double[] {0});
        progress.clear();
        predictions.clear(session.lesson());
        results.showTable(true);
        message.setText(" ");
        why.forget();
    }

    /** Starts training with the chosen epochs and learning rate; refuses a bad learning rate. */
    public void start() {
        double rate = settings.rate(message);
        if (Double.isNaN(rate)) {
            return;
        }
        TrainingController.Job<TrainingController.Outcome> job = controller.train(rate, settings.epochs());
        live.clear();
        liveRepaint.start();
        running(true);
        message.setText(texts.get("training.running"));
        background.start(job, live::add, this::finished);
    }

    private void drawLive() {
        live.drawInto(chart);
    }

    private void finished(TrainingController.Outcome outcome, Throwable failure) {
        liveRepaint.stop();
        if (failed(failure)) {
            return;
        }
        controller.finished(outcome);
        boolean diverged = outcome.divergence() != null;
        chart.setCurve(outcome.curve()[0], outcome.curve()[1], diverged ? report.mark(outcome) : null);
        progress.done(texts.format("training.done", outcome.run().completedEpochs()));
        predictions.show(outcome.predictions());
        results.showTable(true);
        String ending = report.ending(outcome);
        String table = texts.format("training.table.spoken", outcome.predictions().samples());
        if (diverged) {
            String reason = report.why(outcome.divergence(), session.lesson(), outcome.run());
            why.tell(reason);
            tell(ending, ending + " " + reason + " " + table);
        } else {
            tell(ending, ending + " " + table);
        }
    }

    /** The job has ended; says so if it failed. */
    private boolean failed(Throwable failure) {
        running(false);
        if (failure != null) {
            message.setText(texts.format("training.failed", String.valueOf(failure)));
        }
        return failure != null;
    }

    /** Shows the step where the last run diverged in the debugger, the cursor on the number that broke. */
    private void showDivergence() {
        int shown = controller.showDivergence();
        if (shown >= 0) {
            showEpoch.accept(shown);
        }
    }

    /** Stops a training or comparison run, if one is going (the panel is about to close). */
    public void cancelRunning() {
        background.cancel();
    }

    /** A job starts (the last run's table and reasons go) or ends. */
    private void running(boolean on) {
        if (on) {
            predictions.clear(session.lesson());
            why.forget();
        }
        // The focus moves with the action (Run → Cancel → Run), never onto Reset by accident.
        boolean focusHere = run.isFocusOwner() || compare.isFocusOwner() || cancel.isFocusOwner();
        commands.enable(Command.CANCEL_TRAINING, on);
        if (on && focusHere) {
            cancel.requestFocusInWindow();
        }
        commands.enable(Command.TRAIN, !on);
        commands.enable(Command.RESET_LESSON, !on);
        commands.enable(Command.COMPARE_RATES, !on);
        if (!on && focusHere) {
            run.requestFocusInWindow();
        }
    }

    /** Shows the outcome of a run and has a screen reader say it (with what the lines below add). */
    private void tell(String shown, String spoken) {
        message.setText(shown);
        // After the focus has moved back to Run (focus changes are queued events too).
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> announcer.announce(spoken)));
    }

    /** Trains at a tenth of the learning rate, at it and at ten times it, and draws the three curves. */
    private void compareRates() {
        double rate = settings.rate(message);
        if (Double.isNaN(rate)) {
            return;
        }
        running(true);
        message.setText(texts.get("training.compare.running"));
        background.start(controller.compare(rate, settings.epochs()), null, this::compared);
    }

    private void compared(List<TrainingController.Compared> compared, Throwable failure) {
        if (failed(failure)) {
            return;
        }
        List<LossChart.Curve> curves = report.curves(compared);
        if (!curves.isEmpty()) {
            chart.setCurves(curves);
            results.showTable(false);
        }
        controller.compared(compared);
        progress.done(texts.get("training.compare.done"));
        String summary = report.summary(compared);
        tell(summary, summary);
        message.getAccessibleContext().setAccessibleName(summary);
    }

    /** Loads the step of {@code epoch} of the last run into the debugger. */
    public void showTrainedEpoch(int epoch) {
        if (controller.showEpochNear(epoch) >= 0) {
            showEpoch.accept(epoch);
        }
    }

    /** The last finished run, whose epochs a click on the curve opens (the landscape draws its path); or null. */
    public org.backstep.engine.TrainingRun lastRun() {
        return controller.lastRun();
    }

    /** How many points the loss curve holds now (at most about two per bucket). */
    public int curvePoints() {
        return chart.points();
    }

    /** The loss curve as a chart of the given size, for saving as an image. */
    public XYChart chartSnapshot(int width, int height) {
        return chart.snapshot(width, height);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (arranged) {
            ((MigLayout) getLayout()).setComponentConstraints(run, runConstraints());
            ((MigLayout) getLayout()).setComponentConstraints(reset, resetConstraints());
        }
    }

    /**
     * Beside the fields up to 150 % zoom; beyond, the buttons go on a row of their own, and beyond
     * 225 % on two rows, or the row would be wider than a 1366-pixel screen and the intro would be
     * cut at its right edge.
     */
    private String runConstraints() {
        return appearance.oneColumn() ? "newline, span, split 2" : appearance.stacksPanels() ? "newline, span, split 4"
                : "gapleft 12";
    }

    private String resetConstraints() {
        return appearance.oneColumn() ? "newline, span, split 2" : appearance.stacksPanels() ? "" : "split 2";
    }
}
