package org.backstep.ui.training;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.Limits;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Training;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import org.backstep.ui.LiveButton;
import org.backstep.ui.Texts;
import org.backstep.ui.theme.Themes;
import org.backstep.ui.session.StepSession;
import org.knowm.xchart.XYChart;

/**
 * Training dynamics: run the lesson's epochs off the Swing thread with a progress bar and a cancel
 * button, the loss curve filling in as it runs, and the final prediction beside the target.
 * Clicking the curve shows that epoch's step in the debugger.
 */
public final class TrainingPanel extends JPanel {
    /** Points drawn while training runs. */
    private static final int LIVE_POINTS = 400;
    /** The finished curve keeps each bucket's lowest and highest loss, about two points a pixel. */
    private static final int CURVE_BUCKETS = 1000;
    /** Live updates are handed to the chart at most this often; each is a new picture. */
    private static final int LIVE_REPAINT_MS = 250;

    private final StepSession session;
    private final LossChart chart = new LossChart();
    private final JButton run = new LiveButton(Texts.get("training.run.text"));
    private final JButton cancel = new LiveButton(Texts.get("training.cancel.text"));
    private final JButton reset = new LiveButton(Texts.get("training.reset.text"));
    private final JProgressBar progress = new JProgressBar(0, 100) {
        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                // Spoken as its short description ("42 %"), not as a raw number with many decimals.
                accessibleContext = new AccessibleJProgressBar() {
                    @Override
                    public javax.accessibility.AccessibleValue getAccessibleValue() {
                        return null;
                    }
                };
            }
            return accessibleContext;
        }
    };
    private final JSpinner epochs = new JSpinner(new SpinnerNumberModel(200, 1, Limits.MAX_EPOCHS, 50));
    private final JTextField learningRate = new JTextField(6);
    private final JLabel prediction = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final IntConsumer showEpoch;
    private final javax.swing.Timer liveRepaint = new javax.swing.Timer(LIVE_REPAINT_MS, e -> drawLive());
    private boolean liveDirty;
    private TrainingRun lastRun;
    private AtomicBoolean cancelRequested;
    private SwingWorker<?, ?> worker;
    private final JButton compare = new LiveButton(Texts.get("training.compare.text"));
    /** Whether the controls are laid out, so a new zoom can rearrange them. */
    private boolean arranged;

    /** A finished run with what the window shows of it, all worked out off the Swing thread. */
    private record Outcome(TrainingRun run, double[] losses, double[][] curve, double[] prediction) {
    }

    /**
     * @param showEpoch called after the session shows an epoch picked on the curve (to bring the
     *                  debugger to front)
     */
    public TrainingPanel(StepSession session, IntConsumer showEpoch) {
        this.session = session;
        this.showEpoch = showEpoch;
        setName("training");
        chart.setName("training.chart");
        chart.getAccessibleContext().setAccessibleName(Texts.get("training.chart.name"));
        chart.setToolTipText(Texts.get("training.chart.tip"));
        chart.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                pickEpoch(e.getX());
            }
        });
        Texts.nameControl(run, "training.run");
        Texts.nameControl(cancel, "training.cancel");
        Texts.nameControl(reset, "training.reset");
        Texts.nameControl(compare, "training.compare");
        compare.addActionListener(e -> compareRates());
        Texts.nameControl(epochs, "training.epochs");
        Texts.nameControl(learningRate, "training.learningRate");
        progress.setName("training.progress");
        progress.getAccessibleContext().setAccessibleName(Texts.get("training.progress.name"));
        progress.setStringPainted(true);
        prediction.setName("training.prediction");
        message.setName("training.message");
        cancel.setEnabled(false);
        run.addActionListener(e -> start());
        cancel.addActionListener(e -> cancelRequested.set(true));
        reset.addActionListener(e -> {
            session.reset();
            clearChart();
        });
        JLabel epochsLabel = new JLabel(Texts.get("training.epochs.label"));
        epochsLabel.setLabelFor(epochs);
        // The focus goes into the spinner's own text field, so that is what must carry the name.
        if (epochs.getEditor() instanceof javax.swing.JSpinner.DefaultEditor editor) {
            editor.getTextField().getAccessibleContext().setAccessibleName(Texts.get("training.epochs.name"));
        }
        JLabel rateLabel = new JLabel(Texts.get("training.learningRate.label"));
        rateLabel.setLabelFor(learningRate);
        setLayout(new MigLayout("insets 8, fill, gap 6 4", "[][][][][][][grow]", "[][grow][][]"));
        // Wrapped to the window's width: on one line, a long translation would squeeze the fields below.
        javax.swing.JTextArea intro = new javax.swing.JTextArea(Texts.plainText(Texts.get("training.intro")));
        intro.setName("training.intro");
        intro.setColumns(40);
        intro.setLineWrap(true);
        intro.setWrapStyleWord(true);
        intro.setEditable(false);
        intro.setFocusable(false);
        intro.setOpaque(false);
        intro.setBorder(null);
        intro.setFont(javax.swing.UIManager.getFont("Label.font"));
        add(intro, "span, growx, wrap, wmin 100");
        add(chart, "span, grow, wrap, wmin 200, hmin 150");
        add(epochsLabel);
        add(epochs, "wmin 90");
        add(rateLabel, "gapleft 12");
        add(learningRate, "wmin 80");
        add(run, runConstraints());
        add(cancel);
        add(reset, resetConstraints());
        add(compare, "wrap");
        arranged = true;
        add(progress, "span 6, growx");
        add(prediction, "wrap");
        add(message, "span, growx");
        session.addListener(change -> {
            if (change == StepSession.Change.LESSON) {
                loadSettings();
            }
        });
        loadSettings();
    }

    private void loadSettings() {
        Lesson lesson = session.lesson();
        epochs.setValue(Math.max(1, lesson.training().epochs()));
        learningRate.setText(Texts.localDecimals(Double.toString(lesson.training().optimizer().learningRate())));
        clearChart();
    }

    private void clearChart() {
        lastRun = null;
        chart.setCurve(new double[] {0}, new double[] {0});
        progress.setValue(0);
        progress.setString("");
        prediction.setText(" ");
        message.setText(" ");
    }

    /** Starts training with the chosen epochs and learning rate; refuses a bad learning rate. */
    public void start() {
        double rate = typedRate();
        if (Double.isNaN(rate)) {
            return;
        }
        int n = (Integer) epochs.getValue();
        session.setTraining(new Training(session.lesson().training().optimizer().withLearningRate(rate), n));
        Lesson lesson = session.lesson();
        TrainingState start = lesson.startState();
        AtomicBoolean cancelFlag = new AtomicBoolean();
        cancelRequested = cancelFlag;
        int every = Math.max(1, n / LIVE_POINTS);
        SwingWorker<Outcome, double[]> training = new SwingWorker<>() {
            @Override
            protected Outcome doInBackground() {
                // A step of its own: the session's step belongs to the Swing thread.
                TrainingStep step = lesson.newStep();
                TrainingRun run = TrainingRun.train(step, start, n, (epoch, loss) -> {
                    if (epoch % every == 0) {
                        publish(new double[] {epoch, loss});
                        setProgress((int) (100L * (epoch + 1) / n));
                    }
                    return !cancelFlag.get();
                });
                double[] losses = run.losses();
                double[] prediction = step.outputs(run.parametersAt(run.completedUpdates()))[0];
                return new Outcome(run, losses, LossCurve.envelope(losses, CURVE_BUCKETS), prediction);
            }

            @Override
            protected void process(List<double[]> chunks) {
                appendLive(chunks);
            }

            @Override
            protected void done() {
                finished(this);
            }
        };
        worker = training;
        worker.addPropertyChangeListener(this::showProgress);
        liveX = new double[0];
        liveY = new double[0];
        liveDirty = false;
        liveRepaint.start();
        running(true);
        message.setText(Texts.get("training.running"));
        worker.execute();
    }

    private double[] liveX = new double[0];
    private double[] liveY = new double[0];

    private void appendLive(List<double[]> chunks) {
        int at = liveX.length;
        liveX = Arrays.copyOf(liveX, at + chunks.size());
        liveY = Arrays.copyOf(liveY, at + chunks.size());
        for (double[] point : chunks) {
            liveX[at] = point[0];
            liveY[at++] = point[1];
        }
        liveDirty = true;
    }

    private void drawLive() {
        if (liveDirty && liveX.length > 0) {
            liveDirty = false;
            chart.setCurve(liveX, liveY);
        }
    }

    private void finished(SwingWorker<Outcome, double[]> done) {
        liveRepaint.stop();
        running(false);
        Outcome outcome;
        try {
            outcome = done.get();
        } catch (InterruptedException | ExecutionException e) {
            message.setText(Texts.format("training.failed", String.valueOf(e.getCause())));
            return;
        }
        TrainingRun result = outcome.run();
        lastRun = result;
        double[] losses = outcome.losses();
        chart.setCurve(outcome.curve()[0], outcome.curve()[1]);
        progress.setValue(100);
        progress.setString(Texts.format("training.done", result.completedUpdates()));
        double[] out = outcome.prediction();
        StringBuilder predicted = new StringBuilder();
        StringBuilder wanted = new StringBuilder();
        for (int k = 0; k < out.length; k++) {
            String sep = k == 0 ? "" : ", ";
            predicted.append(sep).append(Texts.number(out[k], 4));
            wanted.append(sep).append(Texts.number(session.lesson().data().target(0, k), 4));
        }
        // The first sample's outputs; the tables show every sample's.
        prediction.setText(Texts.format("training.prediction", predicted, wanted));
        prediction.getAccessibleContext().setAccessibleName(prediction.getText());
        if (result.divergedAt() >= 0) {
            tell(Texts.format("training.diverged", result.divergedAt()));
        } else if (result.wasCancelled()) {
            tell(Texts.format("training.cancelled", result.completedUpdates()));
        } else {
            tell(Texts.format("training.finished", result.completedUpdates(), Texts.number(losses[losses.length - 1]))
                    + " " + prediction.getText());
        }
    }

    /** The learning rate typed, or NaN after telling the user what is allowed. */
    private double typedRate() {
        double rate;
        try {
            rate = Double.parseDouble(learningRate.getText().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            rate = Double.NaN;
        }
        if (!Optimizer.LEARNING_RATE.accepts(rate)) {
            message.setText(Texts.format("training.learningRate.invalid", learningRate.getText()));
            learningRate.requestFocusInWindow();
            return Double.NaN;
        }
        return rate;
    }

    private void showProgress(java.beans.PropertyChangeEvent e) {
        if ("progress".equals(e.getPropertyName())) {
            progress.setValue((Integer) e.getNewValue());
            progress.setString(progress.getValue() + " %");
            progress.getAccessibleContext().setAccessibleDescription(progress.getString());
        }
    }

    /** Stops a training or comparison run, if one is going (the panel is about to close). */
    public void cancelRunning() {
        if (cancelRequested != null) {
            cancelRequested.set(true);
        }
    }

    private void running(boolean on) {
        // The focus moves with the action (Run → Cancel → Run), never onto Reset by accident.
        boolean focusHere = run.isFocusOwner() || compare.isFocusOwner() || cancel.isFocusOwner();
        cancel.setEnabled(on);
        if (on && focusHere) {
            cancel.requestFocusInWindow();
        }
        run.setEnabled(!on);
        reset.setEnabled(!on);
        compare.setEnabled(!on);
        if (!on && focusHere) {
            run.requestFocusInWindow();
        }
    }

    /** Shows the outcome of a run and has a screen reader say it. */
    private void tell(String text) {
        message.setText(text);
        // After the focus has moved back to Run (focus changes are queued events too).
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> org.backstep.ui.StepAnnouncer.announce(text)));
    }

    /** Trains at a tenth of the learning rate, at it and at ten times it, and draws the three curves. */
    private void compareRates() {
        double rate = typedRate();
        if (Double.isNaN(rate)) {
            return;
        }
        AtomicBoolean cancelFlag = new AtomicBoolean();
        cancelRequested = cancelFlag;
        RateComparison comparison = new RateComparison(session.lesson(), rate, (Integer) epochs.getValue(), cancelFlag,
                this::compared);
        comparison.addPropertyChangeListener(this::showProgress);
        worker = comparison;
        running(true);
        message.setText(Texts.get("training.compare.running"));
        comparison.execute();
    }

    private void compared(RateComparison done) {
        running(false);
        List<RateComparison.Result> results;
        try {
            results = done.get();
        } catch (InterruptedException | ExecutionException e) {
            message.setText(Texts.format("training.failed", String.valueOf(e.getCause())));
            return;
        }
        List<LossChart.Curve> curves = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (RateComparison.Result r : results) {
            String label = Texts.format("training.compare.label", Texts.number(r.rate()));
            curves.add(new LossChart.Curve(label, r.curve()[0], r.curve()[1]));
            double[] losses = r.run().losses();
            summary.append(summary.length() == 0 ? "" : "; ").append(r.run().divergedAt() >= 0
                    ? Texts.format("training.compare.diverged", label, r.run().divergedAt())
                    : Texts.format("training.compare.final", label, Texts.number(losses[losses.length - 1])));
        }
        if (!curves.isEmpty()) {
            chart.setCurves(curves);
        }
        // Clicks on the chart pick epochs of the run at the chosen rate, the middle one.
        lastRun = results.size() > 1 ? results.get(1).run() : null;
        progress.setValue(100);
        progress.setString(Texts.get("training.compare.done"));
        tell(summary.toString());
        message.getAccessibleContext().setAccessibleName(summary.toString());
    }

    private void pickEpoch(int screenX) {
        if (lastRun == null) {
            return;
        }
        double at = chart.epochAt(screenX);
        if (at < 0) {
            return;
        }
        int epoch = (int) Math.round(at);
        epoch = Math.max(0, Math.min(epoch, lastRun.completedUpdates()));
        showTrainedEpoch(epoch);
    }

    /** Loads the step of {@code epoch} of the last run into the debugger. */
    public void showTrainedEpoch(int epoch) {
        if (lastRun != null) {
            session.showEpoch(lastRun, epoch);
            showEpoch.accept(epoch);
        }
    }

    public boolean isRunning() {
        return worker != null && !worker.isDone();
    }

    public TrainingRun lastRun() {
        return lastRun;
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
    private static String runConstraints() {
        return Themes.oneColumn() ? "newline, span, split 2" : Themes.stacksPanels() ? "newline, span, split 4" : "gapleft 12";
    }

    private static String resetConstraints() {
        return Themes.oneColumn() ? "newline, span, split 2" : Themes.stacksPanels() ? "" : "split 2";
    }
}
