package org.backstep.ui.training;

import java.util.List;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Training;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.session.TrainingController;
import org.backstep.ui.session.TrainingChoice;

/**
 * The training tab's jobs: a run, a comparison of learning rates and one of optimizers, each
 * started off the Swing thread with the settings the form makes (refused, with the field's
 * message, while a field cannot be used), and what each leaves on the tab when it ends.
 */
final class TrainingRuns {
    /** Live updates are handed to the chart at most this often; each is a new picture. */
    private static final int LIVE_REPAINT_MS = 250;

    /** The parts of the tab a job writes to. */
    record View(LossChart chart, TrainingProgress progress, PredictionTable predictions, TrainingResults results,
                JTextArea message, DivergenceNote why, RunButtons buttons, RunSettings settings) {
    }

    private final Texts texts;
    private final Announcer announcer;
    private final StepSession session;
    private final TrainingController controller;
    private final View view;
    private final TrainingReport report;
    private final Background background;
    private final LiveCurve live = new LiveCurve();
    private final javax.swing.Timer liveRepaint;
    private final OptimizerPicker picker;

    TrainingRuns(Texts texts, Announcer announcer, StepSession session, TrainingController controller, View view) {
        this.texts = texts;
        this.announcer = announcer;
        this.session = session;
        this.controller = controller;
        this.view = view;
        this.report = new TrainingReport(texts);
        this.background = new Background(view.progress());
        this.liveRepaint = new javax.swing.Timer(LIVE_REPAINT_MS, e -> live.drawInto(view.chart()));
        this.picker = new OptimizerPicker(texts, TrainingChoice.comparedFirst());
    }

    /** Starts training with every setting of the form; refuses while a field cannot be used. */
    void start() {
        Training chosen = view.settings().checked(view.message());
        if (chosen == null) {
            return;
        }
        TrainingController.Job<TrainingController.Outcome> job = controller.train(chosen);
        view.settings().use(session.lesson().training());
        live.clear();
        liveRepaint.start();
        running(true);
        view.message().setText(texts.get("training.running"));
        background.start(job, live::add, this::finished);
    }

    private void finished(TrainingController.Outcome outcome, Throwable failure) {
        liveRepaint.stop();
        if (failed(failure)) {
            return;
        }
        controller.finished(outcome);
        boolean diverged = outcome.divergence() != null;
        view.chart().setCurves(report.curves(outcome), diverged ? report.mark(outcome) : null);
        view.chart().getAccessibleContext().setAccessibleDescription(report.chartDescription(outcome));
        view.progress().done(texts.format("training.done", outcome.run().completedEpochs()));
        view.predictions().show(outcome.predictions());
        view.results().showTable(true);
        String ending = report.ending(outcome);
        String table = texts.format("training.table.spoken", outcome.predictions().samples());
        if (diverged) {
            String reason = report.why(outcome.divergence(), session.lesson(), outcome.run());
            view.why().tell(reason);
            tell(ending, ending + " " + reason + " " + table);
        } else {
            tell(ending, ending + " " + table);
        }
    }

    /** Trains at a tenth of the learning rate, at it and at ten times it, and draws the three curves. */
    void compareRates() {
        Training chosen = view.settings().checked(view.message());
        if (chosen == null) {
            return;
        }
        running(true);
        view.message().setText(texts.get("training.compare.running"));
        background.start(controller.compare(chosen), null, (results, failure) -> compared(results, failure, false));
    }

    /** Asks which three optimizers, then trains with each from the same start and draws their curves. */
    void compareOptimizers() {
        Training chosen = view.settings().checked(view.message());
        if (chosen == null) {
            return;
        }
        List<Optimizer.Kind> kinds = picker.ask(view.chart(), view.settings().rateText());
        if (kinds == null) {
            return;
        }
        if (TrainingChoice.repeats(kinds)) {
            view.message().setText(texts.get("training.compareOptimizers.repeated"));
            return;
        }
        running(true);
        view.message().setText(texts.get("training.compareOptimizers.running"));
        background.start(controller.compareOptimizers(chosen, kinds), null,
                (results, failure) -> compared(results, failure, true));
    }

    private void compared(List<TrainingController.Compared> compared, Throwable failure, boolean byOptimizer) {
        if (failed(failure)) {
            return;
        }
        List<LossChart.Curve> curves = report.curves(compared, byOptimizer);
        if (!curves.isEmpty()) {
            view.chart().setCurves(curves);
            view.chart().getAccessibleContext().setAccessibleDescription(texts.get(byOptimizer
                    ? "training.chart.description.optimizers" : "training.chart.description.rates"));
            view.results().showTable(false);
        }
        controller.compared(compared);
        view.progress().done(texts.get("training.compare.done"));
        String summary = report.summary(compared, byOptimizer);
        tell(summary, summary);
        view.message().getAccessibleContext().setAccessibleName(summary);
    }

    /** Stops a training or comparison run, if one is going. */
    void cancel() {
        background.cancel();
    }

    /** The job has ended; says so if it failed. */
    private boolean failed(Throwable failure) {
        running(false);
        if (failure != null) {
            view.message().setText(texts.format("training.failed", String.valueOf(failure)));
        }
        return failure != null;
    }

    /** A job starts (the last run's table and reasons go) or ends. */
    private void running(boolean on) {
        if (on) {
            view.predictions().clear(session.lesson());
            view.why().forget();
        }
        view.buttons().running(on);
    }

    /** Shows the outcome of a job and has a screen reader say it (with what the lines below add). */
    private void tell(String shown, String spoken) {
        view.message().setText(shown);
        // After the focus has moved back to Run (focus changes are queued events too).
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> announcer.announce(spoken)));
    }
}
