package org.backstep.ui.glossary;

import java.awt.Font;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Texts;

/**
 * The core concepts in a few sentences each, every one with a button that shows where it can be
 * seen (a line of the maths, a phase of the step, the loss curve, or a lesson of its own).
 */
public final class GlossaryPanel extends JPanel {
    /** The concepts, each with the place it links to (an equation id, "phase:…", "lesson:…", or a tab: "training", "landscape"). */
    private static final String[][] ENTRIES = {
            {"graph", "phase:forward"},
            {"localGradient", "backward.activation.sigmoid"},
            {"vanishing", "lesson:deep-sigmoid"},
            {"learningRate", "update.sgd"},
            {"loss", "loss"},
            {"landscape", "landscape"},
            {"descent", "lesson:mini-batches"},
            {"autodiff", "phase:backward"},
            {"saddle", "lesson:saddle-point"},
    };

    public GlossaryPanel(Texts texts, Consumer<String> showPlace) {
        setName("glossary");
        setLayout(new MigLayout("wrap 2, insets 12, gap 12 10", "[260::, grow, fill][]"));
        JLabel heading = new JLabel(texts.get("glossary.heading"));
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() * 1.2f));
        add(heading, "span, wrap");
        for (String[] entry : ENTRIES) {
            String key = "glossary." + entry[0];
            JLabel text = new JLabel("<html><b>" + texts.get(key + ".term") + "</b><br>" + texts.get(key + ".text")
                    + "</html>");
            text.setName(key);
            add(text, "wmin 200");
            JButton show = new JButton(texts.get("glossary.show"));
            show.setName(key + ".show");
            show.getAccessibleContext().setAccessibleName(texts.format("glossary.show.name", texts.get(key + ".term")));
            show.setToolTipText(texts.get(key + ".where"));
            show.addActionListener(e -> showPlace.accept(entry[1]));
            add(show, "top");
        }
    }
}
