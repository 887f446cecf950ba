package org.backstep.ui.transport;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.Phase;
import org.backstep.lesson.QuantityNames;
import org.backstep.replay.Breakpoint;
import org.backstep.replay.LogSearch;
import org.backstep.replay.ReplayCursor;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.HelpDialog;
import org.backstep.ui.kit.LiveButton;
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
    /** Most matches a "stop when" condition marks on the timeline. */
    private static final int MAX_MARKS = 10_000;

    private final StepSession session;
    private final Texts texts;
    private final Appearance appearance;
    private final Commands commands;
    private final Announcer announcer;
    private final JSlider slider = new TimelineSlider();
    private final PhaseStrip strip = new PhaseStrip();
    private final JLabel position = new JLabel();
    private final JLabel breakpointMessage = new JLabel();
    private final JTextField breakpointField = new JTextField(14);
    private final JComboBox<String> speed = new JComboBox<>();
    private final Timer timer = new Timer(500, e -> playTick());
    private final JButton play;
    /** The first of the second group of buttons: after the step buttons, or below them at high zoom. */
    private final JButton forwardPass;
    private Breakpoint breakpoint;

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
        addStopWhen();
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

    private void addStopWhen() {
        JLabel stopWhen = new JLabel(texts.get("transport.breakpoint.label"));
        stopWhen.setLabelFor(breakpointField);
        breakpointField.setName("transport.breakpoint");
        breakpointField.getAccessibleContext().setAccessibleName(texts.get("transport.breakpoint.name"));
        breakpointField.setToolTipText(texts.get("transport.breakpoint.tip"));
        // Spoken without the tooltip's markup.
        breakpointField.getAccessibleContext().setAccessibleDescription(Texts.plainText(texts.get("transport.breakpoint.tip")));
        breakpointField.addActionListener(e -> applyBreakpoint(true));
        // An emptied field takes its marks away at once, without waiting for Enter; Escape empties it.
        breakpointField.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                if (breakpointField.getText().isBlank() && (breakpoint != null || !breakpointMessage.getText().isEmpty())) {
                    applyBreakpoint(false);
                }
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
            }
        });
        bindFieldKey(KeyEvent.VK_ESCAPE, "clearBreakpoint", () -> breakpointField.setText(""));
        bindFieldKey(KeyEvent.VK_F1, "breakpointHelp", this::showBreakpointHelp);
        JButton help = new LiveButton(texts.get("transport.breakpoint.help.text"));
        texts.nameControl(help, "transport.breakpoint.help");
        help.addActionListener(e -> showBreakpointHelp());
        add(stopWhen, "span, split 4");
        add(breakpointField);
        add(help);
        breakpointMessage.setName("transport.breakpointMessage");
        add(breakpointMessage);
    }

    private void bindFieldKey(int key, String name, Runnable action) {
        breakpointField.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key, 0), name);
        breakpointField.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** The page of every form "stop when" understands, with the open lesson's names as examples. */
    private void showBreakpointHelp() {
        String html = new BreakpointHelp(texts, names()).html();
        HelpDialog.show(this, texts, "transport.breakpoint.helpPage", texts.get("transport.breakpoint.help.title"), html);
        breakpointField.requestFocusInWindow();
    }

    private QuantityNames names() {
        return new QuantityNames(session.lesson(), session.log().quantities());
    }

    /** The phases' words in the window's language, as a student may type them. */
    private Map<String, Phase> phaseWords() {
        Map<String, Phase> words = new HashMap<>();
        for (Phase p : Phase.values()) {
            for (String key : List.of("phase.short.", "phase.")) {
                words.put(texts.get(key + p.fileName()).toLowerCase(texts.locale()).replaceAll("\\s+", ""), p);
            }
        }
        return words;
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
        session.seek(cursor.position() + 1);
        if (breakpoint != null && session.cursor().matches(breakpoint, session.cursor().position())) {
            timer.stop();
            refreshPlay();
        }
    }

    private void applyBreakpoint(boolean jump) {
        String text = breakpointField.getText().trim();
        if (text.isEmpty()) {
            breakpoint = null;
            breakpointMessage.setText("");
            strip.show(session.log(), new int[0]);
            return;
        }
        BreakpointSyntax.Understood understood;
        try {
            understood = BreakpointSyntax.parse(text, names(), phaseWords());
        } catch (BreakpointSyntax.NotUnderstood ex) {
            breakpoint = null;
            breakpointMessage.setText(texts.format("transport.breakpoint.invalid", notUnderstood(ex)));
            announcer.announce(breakpointMessage.getText());
            strip.show(session.log(), new int[0]);
            return;
        }
        breakpoint = understood.breakpoint();
        int[] hits = LogSearch.matches(session.log(), breakpoint, MAX_MARKS);
        breakpointMessage.setText(echo(hits.length, understood.quantities()));
        strip.show(session.log(), hits);
        if (jump) {
            int next = session.cursor().findNext(breakpoint);
            if (next >= 0) {
                session.seek(next);
            }
            // Said where the student is typing: how many events match, and where the cursor is now.
            announcer.announce(breakpointMessage.getText() + ". " + position.getText());
        }
    }

    /** "6 matches: dL/dw(x1→h1) (dL/dW1[0][0]), dL/dw(x2→h1) (dL/dW1[0][1]) and 4 more". */
    private String echo(int hits, List<String> quantities) {
        String count = texts.format("transport.breakpoint.hits", hits);
        if (quantities.isEmpty()) {
            return count;
        }
        String named = quantities.size() <= 3 ? String.join(", ", quantities)
                : texts.format("transport.breakpoint.more", String.join(", ", quantities.subList(0, 2)), quantities.size() - 2);
        return texts.format("transport.breakpoint.echo", count, named);
    }

    /** Why the condition was not understood, naming what was not, with names of this lesson to try. */
    private String notUnderstood(BreakpointSyntax.NotUnderstood problem) {
        BreakpointSyntax.Examples e = BreakpointSyntax.Examples.of(names());
        String tryThese = String.join(", ", e.unit(), e.weight(), "dL/d" + e.unit());
        return texts.format("transport.breakpoint.problem." + problem.reason().name(), problem.text(), tryThese);
    }

    private void refresh(StepSession.Change change) {
        ReplayCursor cursor = session.cursor();
        if (change != StepSession.Change.POSITION) {
            slider.setMaximum(Math.max(ReplayCursor.START, cursor.size() - 1));
            applyBreakpoint(false);
        }
        slider.setValue(cursor.position());
        position.setText(cursor.atStart()
                ? texts.format("transport.position.start", cursor.size(), session.epoch())
                : texts.format("transport.position", cursor.position() + 1, cursor.size(),
                texts.get("phase.short." + cursor.phase().fileName()), cursor.epoch()));
        if (session.log().isTruncated()) {
            position.setText(position.getText() + " · " + texts.get("transport.truncated"));
        }
        position.getAccessibleContext().setAccessibleName(position.getText());
        slider.getAccessibleContext().setAccessibleDescription(position.getText());
        BACK.forEach(c -> commands.enable(c, !cursor.atStart()));
        ON.forEach(c -> commands.enable(c, !cursor.atEnd()));
        refreshPlay();
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
