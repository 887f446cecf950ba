package org.backstep.ui.landscape;

import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.QuantityNames;
import org.backstep.replay.landscape.LandscapePath;
import org.backstep.replay.landscape.RunPath;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Paragraph;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.LandscapeChoice;
import org.backstep.ui.session.LandscapeChoice.Axis;
import org.backstep.ui.session.StepSession;

/**
 * The loss landscape: the loss over two parameters the student picks (or the two steepest), every
 * other one held where the shown step starts, with the path training took and a marker at the
 * debugger's cursor. The map is worked out off the Swing thread when the lesson, the step, the
 * pair or the last training run changes, and only while the tab shows; stepping only moves the
 * marker. Which pair and which path are the {@link LandscapeChoice}'s decisions.
 */
public final class LandscapePanel extends JPanel {
    /** A slice of reading a run's path on the Swing thread takes at most this long. */
    private static final long PATH_SLICE_NANOS = 8_000_000L;

    private final StepSession session;
    private final Texts texts;
    private final LandscapeChoice choice;
    private final LandscapeView view;
    private final LandscapeWords words;
    private final LandscapeWorker worker = new LandscapeWorker();
    private final org.backstep.ui.kit.Announcer announcer;
    private final JTextArea summary = Paragraph.of(" ", "landscape.summary", 50);
    private final JTextArea note = Paragraph.of(" ", "landscape.note", 50);
    private final LandscapeControls controls;
    /** What the map on show, or the one being worked out, was made of. */
    private LandscapeChoice.Inputs drawing;
    /** Counts the drawings started, so a path still being read for an older one stops. */
    private int started;
    /** When the drawing on its way was asked for, and how long the last one took to show (ms). */
    private long askedAt;
    private long drawnInMillis = -1;

    /** @param lastRun the training tab's last finished run, or null */
    public LandscapePanel(UiContext ui, StepSession session, Supplier<TrainingRun> lastRun) {
        this.session = session;
        this.texts = ui.texts();
        this.choice = new LandscapeChoice(session, lastRun);
        this.view = new LandscapeView(texts, ui.appearance());
        this.words = new LandscapeWords(texts);
        this.announcer = ui.announcer();
        setName("landscape");
        Commands commands = ui.commands();
        // Defined before the row makes its button from the registry.
        commands.define(Command.LANDSCAPE_STEEPEST, () -> {
            choice.useLargestGradients();
            refresh();
        });
        controls = new LandscapeControls(texts, ui.appearance(), commands, (axis, parameter) -> {
            choice.pick(axis, parameter);
            refresh();
        });
        setLayout(new MigLayout("insets 8, fill, gap 6 4, wrap", "[grow]", "[][][grow, fill][][]"));
        add(Paragraph.of(texts.get("landscape.intro"), "landscape.intro", 50), "growx, wmin 100");
        add(controls, "growx, wmin 100");
        // In MigLayout's logical pixels, scaled with the zoomed font: a projector's map stays large and the tab scrolls.
        add(view, "grow, wmin 200, hmin 340");
        add(summary, "growx, wmin 100");
        add(note, "growx, wmin 100");
        session.addListener((change, origin) -> {
            if (change == StepSession.Change.POSITION) {
                moveMarker();
            } else {
                refresh();
            }
        });
        // Changes made while another tab was in front are caught up on when this one shows again.
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing()) {
                refresh();
            }
        });
    }

    /**
     * Puts {@code parameter} on {@code axis} (a click on an edge of the diagram): the boxes follow
     * and the map is worked out again when the tab shows. False for a frozen parameter.
     */
    public boolean pick(Axis axis, int parameter) {
        boolean done = choice.pick(axis, parameter);
        if (done) {
            refresh();
            String name = new QuantityNames(session.lesson(), session.log().quantities()).parameter(parameter);
            announcer.announce(texts.format(axis == Axis.ACROSS ? "landscape.picked.across" : "landscape.picked.up", name));
        }
        return done;
    }

    /** Draws again if what the map is made of changed, else only moves the marker; nothing while hidden. */
    private void refresh() {
        syncBoxes();
        if (!isShowing()) {
            return;
        }
        if (!choice.hasPair()) {
            cancel();
            view.showMessage(texts.get("landscape.needsTwo"));
            summary.setText(texts.get("landscape.needsTwo"));
            note.setText(" ");
            return;
        }
        LandscapeChoice.Inputs now = choice.inputs();
        if (now.sameAs(drawing)) {
            moveMarker();
            return;
        }
        cancel();
        drawing = now;
        askedAt = System.nanoTime();
        int mine = started;
        computing(0);
        RunPath runPath = choice.runPath(now);
        if (runPath == null) {
            draw(now, choice.stepPath(now));
        } else {
            readPath(runPath, now, mine);
        }
    }

    private void cancel() {
        started++;
        drawing = null;
        worker.cancel();
    }

    /** Reads a slice of the run's path, then lets the window's other events through before the next. */
    private void readPath(RunPath path, LandscapeChoice.Inputs inputs, int mine) {
        if (mine != started) {
            return;
        }
        if (path.readFor(PATH_SLICE_NANOS)) {
            draw(inputs, path.path());
        } else {
            view.showMessage(texts.format("landscape.readingPath", path.percent()));
            summary.setText(texts.format("landscape.readingPath", path.percent()));
            SwingUtilities.invokeLater(() -> readPath(path, inputs, mine));
        }
    }

    private void draw(LandscapeChoice.Inputs inputs, LandscapePath path) {
        QuantityNames names = new QuantityNames(inputs.lesson(), inputs.log().quantities());
        String acrossName = names.parameter(inputs.across());
        String upName = names.parameter(inputs.up());
        boolean ofRun = inputs.run() != null;
        worker.start(choice.job(inputs, path), this::computing, (done, failure) -> {
            if (failure != null) {
                drawing = null;
                view.showMessage(texts.get("landscape.failed"));
                summary.setText(texts.format("landscape.failed.why", String.valueOf(failure)));
                return;
            }
            LandscapeScene scene = new LandscapeScene(done.landscape(), done.positions(), acrossName, upName, ofRun);
            view.show(scene, choice.marker());
            drawnInMillis = (System.nanoTime() - askedAt) / 1_000_000;
            summary.setText(words.summary(scene, choice.marker()));
            String clipped = words.clipped(scene);
            // With only these two trained, the run never leaves this plane and the path lies on the map exactly.
            String about = !ofRun ? "landscape.note.step"
                    : choice.trainable().length > 2 ? "landscape.note.run" : "landscape.note.runExact";
            note.setText(texts.get(about) + (clipped == null ? "" : " " + clipped));
        });
    }

    private void computing(int percent) {
        String text = texts.format("landscape.computing", percent);
        view.showMessage(text);
        summary.setText(text);
    }

    private void moveMarker() {
        LandscapeScene scene = view.scene();
        if (scene == null || drawing == null || drawing.log() != session.log()) {
            return;
        }
        double[] marker = choice.marker();
        view.moveMarker(marker);
        summary.setText(words.summary(scene, marker));
    }

    /** The two boxes list the lesson's trained parameters and show the choice's pair. */
    private void syncBoxes() {
        QuantityNames names = new QuantityNames(session.lesson(), session.log().quantities());
        controls.show(choice.trainable(), names::parameter, choice.across(), choice.up());
    }

    /** The map, for tests: its scene, its marker and its description. */
    LandscapeView view() {
        return view;
    }

    /** Whether a map is being worked out (its path read or its grid computed). */
    public boolean isComputing() {
        return view.scene() == null && drawing != null;
    }

    /** The parameters across and up now. */
    public int[] pair() {
        return new int[] {choice.across(), choice.up()};
    }

    /** The marker as drawn ({across, up}), or null while there is no map. */
    public double[] marker() {
        return view.marker();
    }

    /** How long the map shown took from being asked for (a new pick, step or run) to being shown, in ms. */
    public long drawnInMillis() {
        return drawnInMillis;
    }

    /** The grid of the map shown, or null while there is none. */
    public org.backstep.replay.landscape.LossGrid grid() {
        return view.scene() == null ? null : view.scene().landscape().grid();
    }

    /** The path drawn on the map shown, or null while there is none. */
    public LandscapePath path() {
        return view.scene() == null ? null : view.scene().landscape().path();
    }

    /** The lowest loss of the map shown, or NaN while there is none. */
    public double lowestShown() {
        return view.scene() == null ? Double.NaN : view.scene().landscape().grid().lowest();
    }
}
