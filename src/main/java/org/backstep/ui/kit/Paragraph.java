package org.backstep.ui.kit;

import javax.swing.JTextArea;
import javax.swing.UIManager;

/** Words that wrap to the width they are given, read like a label: not editable, no focus, no border. */
public final class Paragraph {
    private Paragraph() {
    }

    /** A paragraph of {@code text} (plain words) named {@code name}, about {@code columns} characters wide at most. */
    public static JTextArea of(String text, String name, int columns) {
        JTextArea paragraph = new JTextArea(text);
        paragraph.setName(name);
        paragraph.setColumns(columns);
        paragraph.setLineWrap(true);
        paragraph.setWrapStyleWord(true);
        paragraph.setEditable(false);
        paragraph.setFocusable(false);
        paragraph.setOpaque(false);
        paragraph.setBorder(null);
        paragraph.setFont(UIManager.getFont("Label.font"));
        return paragraph;
    }
}
