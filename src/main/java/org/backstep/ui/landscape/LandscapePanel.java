package org.backstep.ui.landscape;

import java.util.function.Supplier;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
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
    private final JComboBox<String> acrossBox = new JComboBox<>();
    private final JComboBox<String> upBox = new JComboBox<>();
    private final JTextArea summary = Paragraph.of(" ", "landscape.summary", 50);
    private final JTextArea note = Paragraph.of(" ", "landscape.note", 50);
    private final org.backstep.ui.theme.Appearance appearance;
    private final JPanel controls = new JPanel();
    private final javax.swing.JLabel acrossLabel;
    private final javax.swing.JLabel upLabel;
    /** Largest gradients, step back, step forward. */
    private final JButton[] buttons;
    /** The zoom's layout the controls have now: 0 one row, 1 two rows, 2 three rows. */
    private int rows = -1;
    /** The parameter each entry of the two boxes stands for. */
    private int[] listed = new int[0];
    /** While the boxes are filled or set from the choice, their changes are not the student's picks. */
    private boolean syncing;
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
        this.appearance = ui.appearance();
        setName("landscape");
        Commands commands = ui.commands();
        commands.define(Command.LANDSCAPE_STEEPEST, () -> {
            choice.useLargestGradients();
            refresh();
        });
        texts.nameControl(acrossBox, "landscape.across");
        texts.nameControl(upBox, "landscape.up");
        acrossBox.addActionListener(e -> picked(Axis.ACROSS, acrossBox.getSelectedIndex()));
        upBox.addActionListener(e -> picked(Axis.UP, upBox.getSelectedIndex()));
        JButton steepest = commands.button(Command.LANDSCAPE_STEEPEST);
        // The debugger's own actions: keys and buttons step the same cursor from here.
        JButton back = commands.button(Command.BACK);
        back.setName("landscape.back");
        JButton forward = commands.button(Command.FORWARD);
        forward.setName("landscape.forward");
        setLayout(new MigLayout("insets 8, fill, gap 6 4, wrap", "[grow]", "[][][grow, fill][][]"));
        add(Paragraph.of(texts.get("landscape.intro"), "landscape.intro", 50), "growx, wmin 100");
        acrossLabel = texts.labelFor(acrossBox, "landscape.across");
        upLabel = texts.labelFor(upBox, "landscape.up");
        buttons = new JButton[] {steepest, back, forward};
        arrangeControls();
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

    @Override
    public void updateUI() {
        super.updateUI();
        // Called by JPanel's constructor too, before the fields are set.
        if (controls != null && buttons != null) {
            arrangeControls();
        }
    }

    /**
     * One row at normal sizes; from 150 % zoom the buttons go on a row of their own, and from
     * 225 % each box with its label takes a row, or the row would be wider than a lab screen.
     */
    private void arrangeControls() {
        int wanted = appearance.oneColumn() ? 2 : appearance.stacksPanels() ? 1 : 0;
        if (wanted == rows) {
            return;
        }
        rows = wanted;
        controls.removeAll();
        controls.setLayout(new MigLayout("insets 0, gap 6 4"));
        controls.add(acrossLabel);
        controls.add(acrossBox, "wmin 120" + (rows == 2 ? ", wrap" : ""));
        controls.add(upLabel, rows == 2 ? "" : "gapleft 8");
        controls.add(upBox, "wmin 120" + (rows >= 1 ? ", wrap" : ""));
        controls.add(buttons[0], rows >= 1 ? "span, split 3" : "gapleft 8");
        controls.add(buttons[1], "gapleft 16");
        controls.add(buttons[2]);
        controls.revalidate();
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

    private void picked(Axis axis, int index) {
        if (syncing || index < 0 || index >= listed.length) {
            return;
        }
        choice.pick(axis, listed[index]);
        refresh();
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
        syncing = true;
        try {
            int[] trainable = choice.trainable();
            if (!java.util.Arrays.equals(trainable, listed) || acrossBox.getItemCount() != trainable.length) {
                listed = trainable;
                QuantityNames names = new QuantityNames(session.lesson(), session.log().quantities());
                String[] shown = java.util.Arrays.stream(trainable).mapToObj(names::parameter).toArray(String[]::new);
                acrossBox.setModel(new DefaultComboBoxModel<>(shown));
                upBox.setModel(new DefaultComboBoxModel<>(shown));
            }
            acrossBox.setSelectedIndex(indexOf(choice.across()));
            upBox.setSelectedIndex(indexOf(choice.up()));
        } finally {
            syncing = false;
        }
    }

    private int indexOf(int parameter) {
        for (int k = 0; k < listed.length; k++) {
            if (listed[k] == parameter) {
                return k;
            }
        }
        return -1;
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
