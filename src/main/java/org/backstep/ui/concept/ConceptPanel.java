package org.backstep.ui.concept;

import java.awt.Font;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Texts;

/** The big picture: what backpropagation answers, and why caching the chain rule makes it cheap. */
public final class ConceptPanel extends JPanel {
    public ConceptPanel(Texts texts) {
        setName("concept");
        setLayout(new MigLayout("wrap 1, insets 16, gap 0 12", "[300::720, grow, fill]"));
        JLabel heading = new JLabel(texts.get("concept.heading"));
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() * 1.3f));
        add(heading);
        for (String key : new String[] {"concept.question", "concept.passes", "concept.cache", "concept.howto"}) {
            JLabel text = new JLabel("<html>" + texts.get(key) + "</html>");
            text.setName(key);
            add(text, "wmin 200");
        }
    }
}
