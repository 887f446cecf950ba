package org.backstep.ui.transport;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.JSlider;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.Phase;
import org.backstep.replay.Breakpoint;
import org.backstep.replay.ReplayCursor;
import org.backstep.ui.LiveButton;
import org.backstep.ui.Texts;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Themes;

/**
 * Rewind, step, play and jump controls, the timeline, and "stop when …". Every move goes through
 * the session, so every panel follows. Buttons that cannot act (at either end) are disabled.
 */
public final class TransportBar extends JPanel {
    /** Playback speeds offered, in events per second. */
    private static final int[] SPEEDS = {1, 2, 4, 8, 16};

    private final StepSession session;
    private final JSlider slider = new JSlider(ReplayCursor.START, 0, ReplayCursor.START) {
        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                // Without a numeric value the Linux bridge reads the description ("event 7 of 43 · …")
                // instead of the raw value with hundreds of decimals.
                accessibleContext = new AccessibleJSlider() {
                    @Override
                    public javax.accessibility.AccessibleValue getAccessibleValue() {
                        return null;
                    }
                };
            }
            return accessibleContext;
        }
    };
    private final PhaseStrip strip = new PhaseStrip();
    private final JLabel position = new JLabel();
    private final JLabel breakpointMessage = new JLabel();
    private final JTextField breakpointField = new JTextField(14);
    private final JComboBox<String> speed = new JComboBox<>();
    private final Timer timer = new Timer(500, e -> playTick());
    private final List<JButton> backButtons = new ArrayList<>();
    private final List<JButton> forwardButtons = new ArrayList<>();
    private final JButton play;
    /** The first of the second group of buttons: after the step buttons, or below them at high zoom. */
    private JButton forwardPass;
    private Breakpoint breakpoint;
    private boolean updatingSlider;

    public TransportBar(StepSession session) {
        this.session = session;
        setName("transport");
        // Buttons and position first, then the timeline, then playback speed and "stop when": rows
        // rather than one long line, so the bar still fits a 1366-pixel screen at high zoom.
        setLayout(new MigLayout("insets 4 8 4 8, gap 4 2, fillx", "[][][][][][][][][]push[][]", "[][][][]"));
        JButton rewind = button("transport.rewind", TransportIcon.Shape.REWIND, ReplayCursor::rewind, backButtons);
        JButton prevPhase = button("transport.prevPhase", TransportIcon.Shape.PREVIOUS_PHASE, ReplayCursor::previousPhase, backButtons);
        JButton back = button("transport.back", TransportIcon.Shape.BACK, ReplayCursor::stepBack, backButtons);
        play = new LiveButton(playAction());
        configure(play, "transport.play", null);
        play.setIcon(new TransportIcon(TransportIcon.Shape.PLAY));
        JButton forward = button("transport.forward", TransportIcon.Shape.FORWARD, ReplayCursor::stepForward, forwardButtons);
        JButton nextPhase = button("transport.nextPhase", TransportIcon.Shape.NEXT_PHASE, ReplayCursor::nextPhase, forwardButtons);
        JButton end = button("transport.end", TransportIcon.Shape.END, ReplayCursor::end, forwardButtons);
        JButton forwardPass = button("transport.forwardPass", null,
                c -> c.seek(lastOf(c, Phase.FORWARD)), forwardButtons);
        JButton backwardPass = button("transport.backwardPass", null,
                c -> c.seek(lastOf(c, Phase.BACKWARD)), forwardButtons);
        for (JButton b : List.of(rewind, prevPhase, back, play, forward, nextPhase, end)) {
            add(b);
        }
        this.forwardPass = forwardPass;
        add(forwardPass, passConstraints());
        add(backwardPass);

        speed.setName("transport.speed");
        for (int s : SPEEDS) {
            speed.addItem(Texts.format("transport.speed.item", s));
        }
        speed.setSelectedIndex(2);
        speed.getAccessibleContext().setAccessibleName(Texts.get("transport.speed.name"));
        speed.setToolTipText(Texts.get("transport.speed.tip"));
        speed.addActionListener(e -> timer.setDelay(1000 / SPEEDS[speed.getSelectedIndex()]));
        timer.setDelay(1000 / SPEEDS[2]);
        JLabel speedLabel = new JLabel(Texts.get("transport.speed.label"));
        speedLabel.setLabelFor(speed);
        add(speedLabel, "gapleft 16");
        add(speed, "wrap");
        slider.setName("transport.slider");
        position.setName("transport.position");
        add(slider, "span, split 2, growx, wmin 100");
        add(position, "gapleft 8, wrap");
        add(strip, "span, growx, h 8!, gapleft 8, gapright 8, wrap");
        JLabel stopWhen = new JLabel(Texts.get("transport.breakpoint.label"));
        stopWhen.setLabelFor(breakpointField);
        breakpointField.setName("transport.breakpoint");
        breakpointField.getAccessibleContext().setAccessibleName(Texts.get("transport.breakpoint.name"));
        breakpointField.setToolTipText(Texts.get("transport.breakpoint.tip"));
        // Spoken without the tooltip's markup.
        breakpointField.getAccessibleContext().setAccessibleDescription(Texts.plainText(Texts.get("transport.breakpoint.tip")));
        breakpointField.addActionListener(e -> applyBreakpoint(true));
        add(stopWhen, "span, split 3");
        add(breakpointField);
        breakpointMessage.setName("transport.breakpointMessage");
        add(breakpointMessage);

        slider.getAccessibleContext().setAccessibleName(Texts.get("transport.slider.name"));
        slider.setToolTipText(Texts.get("transport.slider.tip"));
        slider.addChangeListener(e -> {
            if (!updatingSlider) {
                session.seek(slider.getValue());
            }
        });
        session.addListener(change -> refresh(change));
        refresh(StepSession.Change.LESSON);
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
    private static String passConstraints() {
        return Themes.oneColumn() ? "newline, span, split 4" : "gapleft 12";
    }

    /** A button with a drawn symbol, or with its text from the bundle when {@code shape} is null. */
    private JButton button(String name, TransportIcon.Shape shape, ToIntFunction<ReplayCursor> move,
                           List<JButton> group) {
        JButton b = new LiveButton(new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                move(move);
            }
        });
        configure(b, name, shape == null ? Texts.get(name + ".text") : null);
        if (shape != null) {
            b.setIcon(new TransportIcon(shape));
        }
        group.add(b);
        return b;
    }

    private static void configure(JButton b, String name, String text) {
        Texts.nameControl(b, name);
        b.setText(text);
    }

    private void move(ToIntFunction<ReplayCursor> move) {
        session.move(move);
    }

    private static int lastOf(ReplayCursor c, Phase phase) {
        int epochStart = c.atStart() ? 0 : c.log().epochStart(c.position());
        int last = -1;
        for (int seq = epochStart; seq < c.size() && c.log().epochStart(seq) == epochStart; seq++) {
            if (c.log().phase(seq) == phase) {
                last = seq;
            }
        }
        return last < 0 ? c.position() : last;
    }

    private Action playAction() {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                togglePlay();
            }
        };
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
        try {
            breakpoint = BreakpointSyntax.parse(text);
        } catch (IllegalArgumentException ex) {
            breakpoint = null;
            breakpointMessage.setText(Texts.format("transport.breakpoint.invalid", ex.getMessage()));
            org.backstep.ui.StepAnnouncer.announce(breakpointMessage.getText());
            strip.show(session.log(), new int[0]);
            return;
        }
        int[] hits = hits();
        breakpointMessage.setText(Texts.format("transport.breakpoint.hits", hits.length));
        strip.show(session.log(), hits);
        if (jump) {
            int next = session.cursor().findNext(breakpoint);
            if (next >= 0) {
                session.seek(next);
            }
            // Said where the student is typing: how many events match, and where the cursor is now.
            org.backstep.ui.StepAnnouncer.announce(breakpointMessage.getText() + ". " + position.getText());
        }
    }

    private int[] hits() {
        List<Integer> found = new ArrayList<>();
        ReplayCursor cursor = session.cursor();
        for (int seq = 0; seq < cursor.size() && found.size() < 10_000; seq++) {
            if (cursor.matches(breakpoint, seq)) {
                found.add(seq);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private void refresh(StepSession.Change change) {
        ReplayCursor cursor = session.cursor();
        if (change != StepSession.Change.POSITION) {
            updatingSlider = true;
            slider.setMaximum(Math.max(ReplayCursor.START, cursor.size() - 1));
            updatingSlider = false;
            applyBreakpoint(false);
        }
        updatingSlider = true;
        slider.setValue(cursor.position());
        updatingSlider = false;
        position.setText(cursor.atStart()
                ? Texts.format("transport.position.start", cursor.size(), session.epoch())
                : Texts.format("transport.position", cursor.position() + 1, cursor.size(),
                Texts.get("phase.short." + cursor.phase().fileName()), cursor.epoch()));
        if (session.log().isTruncated()) {
            position.setText(position.getText() + " · " + Texts.get("transport.truncated"));
        }
        position.getAccessibleContext().setAccessibleName(position.getText());
        slider.getAccessibleContext().setAccessibleDescription(position.getText());
        backButtons.forEach(b -> b.setEnabled(!cursor.atStart()));
        forwardButtons.forEach(b -> b.setEnabled(!cursor.atEnd()));
        refreshPlay();
    }

    private void refreshPlay() {
        boolean playing = timer.isRunning();
        play.setIcon(new TransportIcon(playing ? TransportIcon.Shape.PAUSE : TransportIcon.Shape.PLAY));
        play.setToolTipText(Texts.get(playing ? "transport.pause.tip" : "transport.play.tip"));
        play.getAccessibleContext().setAccessibleName(Texts.get(playing ? "transport.pause.name" : "transport.play.name"));
        play.setEnabled(cursor().size() > 0);
    }

    private ReplayCursor cursor() {
        return session.cursor();
    }

    /** Binds ←/→, Home/End, Space, PgUp/PgDn anywhere in the window (text fields keep their own keys). */
    public void bindKeys(JRootPane root) {
        InputMap keys = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        bind(root, keys, KeyEvent.VK_RIGHT, 0, "step-forward", ReplayCursor::stepForward);
        bind(root, keys, KeyEvent.VK_LEFT, 0, "step-back", ReplayCursor::stepBack);
        bind(root, keys, KeyEvent.VK_HOME, 0, "rewind", ReplayCursor::rewind);
        bind(root, keys, KeyEvent.VK_END, 0, "end", ReplayCursor::end);
        bind(root, keys, KeyEvent.VK_PAGE_DOWN, 0, "next-phase", ReplayCursor::nextPhase);
        bind(root, keys, KeyEvent.VK_PAGE_UP, 0, "previous-phase", ReplayCursor::previousPhase);
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "play");
        keys.put(KeyStroke.getKeyStroke(KeyEvent.VK_P, InputEvent.CTRL_DOWN_MASK), "play");
        root.getActionMap().put("play", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                togglePlay();
            }
        });
    }

    private void bind(JRootPane root, InputMap keys, int key, int modifiers, String name,
                      ToIntFunction<ReplayCursor> move) {
        keys.put(KeyStroke.getKeyStroke(key, modifiers), name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                move(move);
            }
        });
    }
}
