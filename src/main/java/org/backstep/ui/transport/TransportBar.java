package org.backstep.ui.transport;

import org.backstep.ui.session.BatchPlace;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.Phase;
import org.backstep.replay.Breakpoint;
import org.backstep.replay.LogSearch;
import org.backstep.replay.ReplayCursor;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.TransportIcon;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Appearance;

/**
 * Rewind, step, play and jump controls, the timeline, and "stop when …". Every move goes through
 * the session, so every panel follows. Commands that cannot act (at either end) are disabled, on
 * their buttons and their keys alike.
 */
public final class TransportBar extends JPanel {
    /** Playback speeds offered, in events per second. */
    private static final int[] SPEEDS = {1, 2, 4, 8, 16};
    private static final List<Command> BACK = List.of(Command.REWIND, Command.PREVIOUS_PHASE, Command.BACK);
    private static final List<Command> ON = List.of(Command.FORWARD, Command.NEXT_PHASE, Command.END,
            Command.FORWARD_PASS, Command.BACKWARD_PASS);

    private final StepSession session;
    private final Texts texts;
    private final Appearance appearance;
    private final Commands commands;
    private final Announcer announcer;
    private final JSlider slider = new TimelineSlider();
    private final PhaseStrip strip = new PhaseStrip();
    private final JLabel position = new JLabel();
    private final JComboBox<String> speed = new JComboBox<>();
    private final Timer timer = new Timer(500, e -> playTick());
    private final JButton play;
    /** The first of the second group of buttons: after the step buttons, or below them at high zoom. */
    private final JButton forwardPass;
    private final StopWhen stopWhen;

    public TransportBar(UiContext ui, StepSession session) {
        this.session = session;
        this.texts = ui.texts();
        this.appearance = ui.appearance();
        this.commands = ui.commands();
        this.announcer = ui.announcer();
        setName("transport");
        defineCommands();
        // Buttons and position first, then the timeline, then playback speed and "stop when": rows
        // rather than one long line, so the bar still fits a 1366-pixel screen at high zoom.
        setLayout(new MigLayout("insets 4 8 4 8, gap 4 2, fillx", "[][][][][][][][][]push[][]", "[][][][]"));
        for (Command c : List.of(Command.REWIND, Command.PREVIOUS_PHASE, Command.BACK)) {
            add(commands.button(c));
        }
        play = commands.button(Command.PLAY);
        add(play);
        for (Command c : List.of(Command.FORWARD, Command.NEXT_PHASE, Command.END)) {
            add(commands.button(c));
        }
        forwardPass = commands.button(Command.FORWARD_PASS);
        add(forwardPass, passConstraints());
        add(commands.button(Command.BACKWARD_PASS));
        addSpeed();
        slider.setName("transport.slider");
        position.setName("transport.position");
        add(slider, "span, split 2, growx, wmin 100");
        add(position, "gapleft 8, wrap");
        add(strip, "span, growx, h 8!, gapleft 8, gapright 8, wrap");
        stopWhen = new StopWhen(ui, session, strip, position::getText);
        stopWhen.addTo(this);
        slider.getAccessibleContext().setAccessibleName(texts.get("transport.slider.name"));
        slider.setToolTipText(texts.get("transport.slider.tip"));
        slider.addChangeListener(e -> {
            // Only the student's dragging moves the cursor; following the cursor does not.
            if (slider.getValue() != session.cursor().position()) {
                session.seek(slider.getValue());
            }
        });
        session.addListener((change, origin) -> refresh(change));
        refresh(StepSession.Change.LESSON);
    }

    private void defineCommands() {
        commands.define(Command.REWIND, () -> session.move(ReplayCursor::rewind));
        commands.define(Command.PREVIOUS_PHASE, () -> session.move(ReplayCursor::previousPhase));
        commands.define(Command.BACK, () -> session.move(ReplayCursor::stepBack));
        commands.define(Command.PLAY, this::togglePlay);
        commands.define(Command.FORWARD, () -> session.move(ReplayCursor::stepForward));
        commands.define(Command.NEXT_PHASE, () -> session.move(ReplayCursor::nextPhase));
        commands.define(Command.END, () -> session.move(ReplayCursor::end));
        commands.define(Command.FORWARD_PASS, () -> session.move(c -> c.seek(LogSearch.lastOfPhase(c, Phase.FORWARD))));
        commands.define(Command.BACKWARD_PASS, () -> session.move(c -> c.seek(LogSearch.lastOfPhase(c, Phase.BACKWARD))));
    }

    private void addSpeed() {
        speed.setName("transport.speed");
        for (int s : SPEEDS) {
            speed.addItem(texts.format("transport.speed.item", s));
        }
        speed.setSelectedIndex(2);
        speed.getAccessibleContext().setAccessibleName(texts.get("transport.speed.name"));
        speed.setToolTipText(texts.get("transport.speed.tip"));
        speed.addActionListener(e -> timer.setDelay(1000 / SPEEDS[speed.getSelectedIndex()]));
        timer.setDelay(1000 / SPEEDS[2]);
        JLabel speedLabel = new JLabel(texts.get("transport.speed.label"));
        speedLabel.setLabelFor(speed);
        add(speedLabel, "gapleft 16");
        add(speed, "wrap");
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (forwardPass != null) {
            ((MigLayout) getLayout()).setComponentConstraints(forwardPass, passConstraints());
        }
    }

    /**
     * Beside the step buttons up to 225 % zoom; beyond, the pass buttons and the speed go on a row
     * of their own, or the bar would be wider than a 1366-pixel screen.
     */
    private String passConstraints() {
        return appearance.oneColumn() ? "newline, span, split 4" : "gapleft 12";
    }

    /** Starts or pauses playback. */
    public void togglePlay() {
        if (timer.isRunning()) {
            timer.stop();
        } else {
            if (session.cursor().atEnd()) {
                session.seek(ReplayCursor.START);
            }
            timer.start();
        }
        refreshPlay();
    }

    /** The events the timeline marks as matches of "stop when" (for tests and the position's words). */
    public int[] marks() {
        return strip.marks();
    }

    public boolean isPlaying() {
        return timer.isRunning();
    }

    private void playTick() {
        ReplayCursor cursor = session.cursor();
        // A closed window stops playing (its timer would otherwise go on stepping unseen).
        if (cursor.atEnd() || !isDisplayable()) {
            timer.stop();
            refreshPlay();
            return;
        }
        int next = cursor.position() + 1;
        // Playing stops at an open question of the guide, which says so once.
        if (session.wouldHold(next)) {
            timer.stop();
            refreshPlay();
        }
        session.seek(next);
        Breakpoint breakpoint = stopWhen.breakpoint();
        if (breakpoint != null && session.cursor().matches(breakpoint, session.cursor().position())) {
            timer.stop();
            refreshPlay();
        }
    }

    private void refresh(StepSession.Change change) {
        ReplayCursor cursor = session.cursor();
        if (change != StepSession.Change.POSITION) {
            slider.setMaximum(Math.max(ReplayCursor.START, cursor.size() - 1));
            stopWhen.apply(false);
        }
        slider.setValue(cursor.position());
        position.setText(positionText(cursor));
        if (session.log().isTruncated()) {
            position.setText(position.getText() + " · " + texts.get("transport.truncated"));
        }
        position.getAccessibleContext().setAccessibleName(position.getText());
        slider.getAccessibleContext().setAccessibleDescription(position.getText());
        BACK.forEach(c -> commands.enable(c, !cursor.atStart()));
        ON.forEach(c -> commands.enable(c, !cursor.atEnd()));
        refreshPlay();
    }

    /**
     * "event 7 of 43 · forward · epoch 5"; with mini-batches the step is named too, "step 9
     * (epoch 4, batch 2 of 2)", since an epoch then holds several steps.
     */
    private String positionText(ReplayCursor cursor) {
        BatchPlace place = session.place();
        if (!place.miniBatch()) {
            return cursor.atStart() ? texts.format("transport.position.start", cursor.size(), session.epoch())
                    : texts.format("transport.position", cursor.position() + 1, cursor.size(),
                    texts.get("phase.short." + cursor.phase().fileName()), cursor.epoch());
        }
        String step = texts.format("transport.step", place.step(), place.epoch(), place.batch(), place.batches());
        return cursor.atStart() ? texts.format("transport.position.start.batch", cursor.size(), step)
                : texts.format("transport.position.batch", cursor.position() + 1, cursor.size(),
                texts.get("phase.short." + cursor.phase().fileName()), step);
    }

    private void refreshPlay() {
        boolean playing = timer.isRunning();
        play.setIcon(new TransportIcon(playing ? TransportIcon.Shape.PAUSE : TransportIcon.Shape.PLAY, appearance));
        play.setToolTipText(texts.get(playing ? "transport.pause.tip" : "transport.play.tip"));
        play.getAccessibleContext().setAccessibleName(texts.get(playing ? "transport.pause.name" : "transport.play.name"));
        commands.enable(Command.PLAY, session.cursor().size() > 0);
    }

    /** The timeline: said by its description ("event 7 of 43 · …"), not by its raw value. */
    private static final class TimelineSlider extends JSlider {
        TimelineSlider() {
            super(ReplayCursor.START, 0, ReplayCursor.START);
        }

        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                // Without a numeric value the Linux bridge reads the description instead of the raw
                // value with hundreds of decimals.
                accessibleContext = new AccessibleJSlider() {
                    @Override
                    public javax.accessibility.AccessibleValue getAccessibleValue() {
                        return null;
                    }
                };
            }
            return accessibleContext;
        }
    }
}
