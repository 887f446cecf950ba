package org.backstep.ui.training;

import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.theme.Appearance;

/**
 * The training tab's buttons on a row of their own: run, cancel, reset and the two comparisons.
 * While a job runs only Cancel acts; the focus moves with the action (Run → Cancel → Run), never
 * onto Reset by accident. Beyond 150 % zoom the row breaks in two, beyond 225 % in three, or it
 * would be wider than a 1366-pixel screen.
 */
final class RunButtons extends JPanel {
    private final Commands commands;
    private final Appearance appearance;
    private final JButton run;
    private final JButton cancel;
    private final JButton reset;
    private final JButton compare;
    private final JButton compareOptimizers;
    private boolean built;

    RunButtons(Commands commands, Appearance appearance) {
        this.commands = commands;
        this.appearance = appearance;
        setOpaque(false);
        run = commands.button(Command.TRAIN);
        cancel = commands.button(Command.CANCEL_TRAINING);
        reset = commands.button(Command.RESET_LESSON);
        compare = commands.button(Command.COMPARE_RATES);
        compareOptimizers = commands.button(Command.COMPARE_OPTIMIZERS);
        commands.enable(Command.CANCEL_TRAINING, false);
        built = true;
        arrange();
    }

    private void arrange() {
        removeAll();
        setLayout(new MigLayout("insets 0, gap 6 4"));
        String breakAfterCancel = appearance.stacksPanels() ? "wrap" : "";
        String breakAfterReset = appearance.oneColumn() ? "wrap" : "gapright 12";
        add(run);
        add(cancel, breakAfterCancel);
        add(reset, breakAfterReset);
        add(compare, appearance.oneColumn() ? "wrap" : "");
        add(compareOptimizers);
        revalidate();
    }

    /** A job starts or ends: the commands that start one are off while it runs, Cancel only then. */
    void running(boolean on) {
        boolean focusHere = run.isFocusOwner() || compare.isFocusOwner() || compareOptimizers.isFocusOwner()
                || cancel.isFocusOwner();
        commands.enable(Command.CANCEL_TRAINING, on);
        if (on && focusHere) {
            cancel.requestFocusInWindow();
        }
        commands.enable(Command.TRAIN, !on);
        commands.enable(Command.RESET_LESSON, !on);
        commands.enable(Command.COMPARE_RATES, !on);
        commands.enable(Command.COMPARE_OPTIMIZERS, !on);
        if (!on && focusHere) {
            run.requestFocusInWindow();
        }
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (built) {
            arrange();
        }
    }
}
