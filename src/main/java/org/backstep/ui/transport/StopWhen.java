package org.backstep.ui.transport;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.backstep.engine.Phase;
import org.backstep.lesson.QuantityNames;
import org.backstep.replay.Breakpoint;
import org.backstep.replay.LogSearch;
import org.backstep.ui.kit.Announcer;
import org.backstep.ui.kit.HelpDialog;
import org.backstep.ui.kit.LiveButton;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;

/**
 * "Stop when …" under the timeline: the field, its "?" help page (also F1 in the field), and the
 * message that says what matched, window names first, or what was not understood. The matches
 * are marked on the phase strip; an emptied field (or Escape in it) takes the marks away at once.
 * What the text means is {@link BreakpointSyntax}'s; this only shows it.
 */
final class StopWhen {
    /** Most matches a condition marks on the timeline. */
    private static final int MAX_MARKS = 10_000;

    private final StepSession session;
    private final Texts texts;
    private final Announcer announcer;
    private final PhaseStrip strip;
    private final Supplier<String> position;
    private final JLabel breakpointMessage = new JLabel();
    private final JTextField breakpointField = new JTextField(14);
    private Breakpoint breakpoint;

    /** @param position the transport's position words, said after a jump */
    StopWhen(UiContext ui, StepSession session, PhaseStrip strip, Supplier<String> position) {
        this.session = session;
        this.texts = ui.texts();
        this.announcer = ui.announcer();
        this.strip = strip;
        this.position = position;
    }

    /** The condition in force, or null. */
    Breakpoint breakpoint() {
        return breakpoint;
    }

    /** Adds the label, the field, its "?" and the message to the transport bar, on a row of their own. */
    void addTo(JPanel bar) {
        JLabel stopWhen = new JLabel(texts.get("transport.breakpoint.label"));
        stopWhen.setLabelFor(breakpointField);
        breakpointField.setName("transport.breakpoint");
        breakpointField.getAccessibleContext().setAccessibleName(texts.get("transport.breakpoint.name"));
        breakpointField.setToolTipText(texts.get("transport.breakpoint.tip"));
        // Spoken without the tooltip's markup.
        breakpointField.getAccessibleContext().setAccessibleDescription(Texts.plainText(texts.get("transport.breakpoint.tip")));
        breakpointField.addActionListener(e -> apply(true));
        // An emptied field takes its marks away at once, without waiting for Enter; Escape empties it.
        breakpointField.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                if (breakpointField.getText().isBlank() && (breakpoint != null || !breakpointMessage.getText().isEmpty())) {
                    apply(false);
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
        bar.add(stopWhen, "span, split 4");
        bar.add(breakpointField);
        bar.add(help);
        breakpointMessage.setName("transport.breakpointMessage");
        bar.add(breakpointMessage);
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
        HelpDialog.show(breakpointField, texts, "transport.breakpoint.helpPage", texts.get("transport.breakpoint.help.title"), html);
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

    /** Reads the field again: marks its matches, or says what it did not understand; {@code jump} moves to the next match. */
    void apply(boolean jump) {
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
            announcer.announce(breakpointMessage.getText() + ". " + position.get());
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
}
