package org.backstep.ui.training;

import java.util.function.IntConsumer;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Paragraph;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.session.TrainingChoice;
import org.backstep.ui.session.TrainingController;
import org.knowm.xchart.XYChart;

/**
 * Training dynamics: the optimizer with its settings, the epochs and the batches chosen in a form
 * beside the chart; the lesson's epochs run off the Swing thread with a progress bar and a cancel
 * button, the loss curve filling in as it runs (with mini-batches, each step's batch loss as a
 * lighter line behind it), and every sample's final prediction beside its target; or three
 * learning rates or three optimizers compared. Every valid change of the form is recorded at once
 * in the debugger's step, so its maths shows the update chosen. Clicking the curve shows that
 * epoch's step in the debugger. A run that diverged is marked on the curve and says which number
 * first went wrong; the mark and a button open that event. What a run does is the
 * {@link TrainingController}'s; this panel shows it.
 */
public final class TrainingPanel extends JPanel {
    private final StepSession session;
    private final TrainingController controller;
    private final Texts texts;
    private final LossChart chart;
    private final TrainingProgress progress;
    private final RunSettings settings;
    private final PredictionTable predictions;
    private final TrainingResults results;
    private final RunButtons buttons;
    /** How the last job ended; wraps, as a long translation at a projector's zoom would not fit one line. */
    private final javax.swing.JTextArea message = Paragraph.of(" ", "training.message", 40);
    private final DivergenceNote why;
    private final TrainingRuns runs;
    private final IntConsumer showEpoch;

    /**
     * @param showEpoch called after the session shows an epoch picked on the curve (to bring the
     *                  debugger to front)
     */
    public TrainingPanel(UiContext ui, StepSession session, IntConsumer showEpoch) {
        this.session = session;
        this.controller = new TrainingController(session);
        this.texts = ui.texts();
        this.showEpoch = showEpoch;
        Commands commands = ui.commands();
        chart = new LossChart(texts, ui.appearance());
        progress = new TrainingProgress(texts);
        predictions = new PredictionTable(texts);
        settings = new RunSettings(texts);
        results = new TrainingResults(texts, ui.appearance(), chart, settings.form(), predictions);
        setName("training");
        chart.onClick(at -> {
            int shown = controller.showEpochNear(at);
            if (shown >= 0) {
                showEpoch.accept(shown);
            }
        }, this::showDivergence);
        why = new DivergenceNote(commands, this::showDivergence);
        buttons = new RunButtons(commands, ui.appearance());
        runs = new TrainingRuns(texts, ui.announcer(), session, controller, new TrainingRuns.View(chart, progress,
                predictions, results, message, why, buttons, settings));
        commands.define(Command.TRAIN, runs::start);
        commands.define(Command.CANCEL_TRAINING, runs::cancel);
        commands.define(Command.RESET_LESSON, () -> {
            controller.reset();
            clearChart();
        });
        commands.define(Command.COMPARE_RATES, runs::compareRates);
        commands.define(Command.COMPARE_OPTIMIZERS, runs::compareOptimizers);
        settings.onChange(this::settingsChanged);
        layOut();
        session.addListener((change, origin) -> {
            if (change == StepSession.Change.LESSON) {
                loadSettings();
            }
        });
        loadSettings();
    }

    private void layOut() {
        setLayout(new MigLayout("insets 8, fill, gap 6 4", "[grow]", "[][grow][][][][]"));
        // Wrapped to the window's width: on one line, a long translation would squeeze the fields below.
        add(Paragraph.of(Texts.plainText(texts.get("training.intro")), "training.intro", 40), "growx, wrap, wmin 100");
        add(results, "grow, wrap");
        add(buttons, "wrap");
        add(progress.bar(), "growx, wmax 720, wrap");
        add(message, "growx, wrap, wmin 100");
        why.addTo(this);
    }

    private void loadSettings() {
        settings.load(session.lesson(), session.originalLesson());
        clearChart();
    }

    /**
     * The student changed the form: a training it can make is recorded at once in the debugger's
     * step (the maths shows the new update); a run shown that was trained otherwise no longer
     * opens its epochs, and the tab says so.
     */
    private void settingsChanged() {
        TrainingChoice.Chosen chosen = settings.chosen();
        if (!chosen.usable()) {
            return;
        }
        if (controller.choose(chosen.training())) {
            why.forget();
            message.setText(texts.get("training.stale"));
        }
        settings.use(session.lesson().training());
    }

    private void clearChart() {
        controller.forget();
        chart.setCurve(new double[] {0}, new double[] {0});
        chart.getAccessibleContext().setAccessibleDescription(null);
        progress.clear();
        predictions.clear(session.lesson());
        results.showTable(true);
        message.setText(" ");
        why.forget();
    }

    /** Shows the step where the last run diverged in the debugger, the cursor on the number that broke. */
    private void showDivergence() {
        int shown = controller.showDivergence();
        if (shown >= 0) {
            showEpoch.accept(shown);
        }
    }

    /** Starts training with the settings of the form, as the Run button does. */
    public void start() {
        runs.start();
    }

    /** Stops a training or comparison run, if one is going (the panel is about to close). */
    public void cancelRunning() {
        runs.cancel();
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
}
