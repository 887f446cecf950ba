package org.backstep.ui.training;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Paragraph;

/**
 * Under a run that diverged: which number first went wrong, in words that wrap (a translation of
 * them is long), and the button that shows that event in the debugger. Blank, the button off,
 * for any other run.
 */
final class DivergenceNote {
    private final JTextArea words = Paragraph.of(" ", "training.why", 40);
    private final Commands commands;
    private final JButton button;

    /** @param show what the button (and {@link Command#SHOW_DIVERGENCE}) does */
    DivergenceNote(Commands commands, Runnable show) {
        this.commands = commands;
        commands.define(Command.SHOW_DIVERGENCE, show);
        button = commands.button(Command.SHOW_DIVERGENCE);
        forget();
    }

    /** Places the words and the button on a row of their own, at the end of {@code panel}'s layout. */
    void addTo(JPanel panel) {
        panel.add(words, "span, split 2, growx, wmin 100");
        panel.add(button, "top");
    }

    /** Says why the run diverged, and lets the button show it. */
    void tell(String reason) {
        words.setText(reason);
        words.getAccessibleContext().setAccessibleName(reason);
        commands.enable(Command.SHOW_DIVERGENCE, true);
    }

    /** Nothing to say: no run, or one that did not diverge. */
    void forget() {
        words.setText(" ");
        words.getAccessibleContext().setAccessibleName(null);
        commands.enable(Command.SHOW_DIVERGENCE, false);
    }
}
