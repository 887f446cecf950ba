package org.backstep.ui.landscape;

import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Command;
import org.backstep.ui.kit.Commands;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.LandscapeChoice.Axis;
import org.backstep.ui.theme.Appearance;

/**
 * The row above the map: a box for the parameter across and one for the parameter up, listing the
 * trained parameters by the window's names; Largest gradients; and the debugger's own step back
 * and step forward, so the marker can be moved without leaving the tab. A box changed by the
 * student tells its pick; a box set to show the choice does not.
 */
final class LandscapeControls extends JPanel {
    private final Appearance appearance;
    private final JComboBox<String> acrossBox = new JComboBox<>();
    private final JComboBox<String> upBox = new JComboBox<>();
    private final JLabel acrossLabel;
    private final JLabel upLabel;
    /** Largest gradients, step back, step forward. */
    private final JButton[] buttons;
    /** The parameter each entry of the two boxes stands for. */
    private int[] listed = new int[0];
    /** While the boxes are filled or set from the choice, their changes are not the student's picks. */
    private boolean syncing;
    /** The zoom's layout the row has now: 0 one row, 1 two rows, 2 three rows. */
    private int rows = -1;

    /** @param picked told of each pick in a box: the axis and the parameter */
    LandscapeControls(Texts texts, Appearance appearance, Commands commands, BiConsumer<Axis, Integer> picked) {
        this.appearance = appearance;
        texts.nameControl(acrossBox, "landscape.across");
        texts.nameControl(upBox, "landscape.up");
        acrossBox.addActionListener(e -> pick(picked, Axis.ACROSS, acrossBox.getSelectedIndex()));
        upBox.addActionListener(e -> pick(picked, Axis.UP, upBox.getSelectedIndex()));
        acrossLabel = texts.labelFor(acrossBox, "landscape.across");
        upLabel = texts.labelFor(upBox, "landscape.up");
        // The debugger's own actions: keys and buttons step the same cursor from here.
        JButton back = commands.button(Command.BACK);
        back.setName("landscape.back");
        JButton forward = commands.button(Command.FORWARD);
        forward.setName("landscape.forward");
        buttons = new JButton[] {commands.button(Command.LANDSCAPE_STEEPEST), back, forward};
        arrange();
    }

    private void pick(BiConsumer<Axis, Integer> picked, Axis axis, int index) {
        if (!syncing && index >= 0 && index < listed.length) {
            picked.accept(axis, listed[index]);
        }
    }

    /** Lists {@code trainable} by {@code name} (only when the list changed) and shows the pair. */
    void show(int[] trainable, IntFunction<String> name, int across, int up) {
        syncing = true;
        try {
            if (!java.util.Arrays.equals(trainable, listed) || acrossBox.getItemCount() != trainable.length) {
                listed = trainable.clone();
                String[] shown = java.util.Arrays.stream(trainable).mapToObj(name).toArray(String[]::new);
                acrossBox.setModel(new DefaultComboBoxModel<>(shown));
                upBox.setModel(new DefaultComboBoxModel<>(shown));
            }
            acrossBox.setSelectedIndex(indexOf(across));
            upBox.setSelectedIndex(indexOf(up));
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

    @Override
    public void updateUI() {
        super.updateUI();
        // Called by JPanel's constructor too, before the fields are set.
        if (buttons != null) {
            arrange();
        }
    }

    /**
     * One row at normal sizes; from 150 % zoom the buttons go on a row of their own, and from
     * 225 % each box with its label takes a row, or the row would be wider than a lab screen.
     */
    private void arrange() {
        int wanted = appearance.oneColumn() ? 2 : appearance.stacksPanels() ? 1 : 0;
        if (wanted == rows) {
            return;
        }
        rows = wanted;
        removeAll();
        setLayout(new MigLayout("insets 0, gap 6 4"));
        add(acrossLabel);
        add(acrossBox, "wmin 120" + (rows == 2 ? ", wrap" : ""));
        add(upLabel, rows == 2 ? "" : "gapleft 8");
        add(upBox, "wmin 120" + (rows >= 1 ? ", wrap" : ""));
        add(buttons[0], rows >= 1 ? "span, split 3" : "gapleft 8");
        add(buttons[1], "gapleft 16");
        add(buttons[2]);
        revalidate();
    }
}
