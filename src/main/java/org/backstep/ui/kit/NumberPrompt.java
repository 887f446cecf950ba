package org.backstep.ui.kit;

import java.awt.Component;
import java.util.OptionalDouble;
import javax.swing.JOptionPane;
import org.backstep.engine.Numbers;

/** Asks for a number; text that is not a finite number is refused with a message, and asked again. */
public final class NumberPrompt {
    private NumberPrompt() {
    }

    public static OptionalDouble ask(Component parent, Texts texts, String what, double current) {
        String text = texts.localDecimals(Double.toString(current));
        while (true) {
            Object answer = JOptionPane.showInputDialog(parent, texts.format("edit.prompt", what),
                    texts.get("edit.title"), JOptionPane.QUESTION_MESSAGE, null, null, text);
            if (answer == null) {
                return OptionalDouble.empty();
            }
            text = answer.toString().trim();
            OptionalDouble value = Numbers.parse(text);
            if (value.isPresent()) {
                return value;
            }
            JOptionPane.showMessageDialog(parent, texts.format("edit.invalid", text), texts.get("edit.title"),
                    JOptionPane.ERROR_MESSAGE);
        }
    }
}
