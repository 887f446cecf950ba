package org.backstep.ui;

import java.awt.Component;
import java.util.OptionalDouble;
import javax.swing.JOptionPane;

/** Asks for a number; text that is not a finite number is refused with a message, and asked again. */
public final class NumberPrompt {
    private NumberPrompt() {
    }

    static OptionalDouble ask(Component parent, String what, double current) {
        String text = Texts.localDecimals(Double.toString(current));
        while (true) {
            Object answer = JOptionPane.showInputDialog(parent, Texts.format("edit.prompt", what),
                    Texts.get("edit.title"), JOptionPane.QUESTION_MESSAGE, null, null, text);
            if (answer == null) {
                return OptionalDouble.empty();
            }
            text = answer.toString().trim();
            OptionalDouble value = parse(text);
            if (value.isPresent()) {
                return value;
            }
            JOptionPane.showMessageDialog(parent, Texts.format("edit.invalid", text), Texts.get("edit.title"),
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    /**
     * Accepts a decimal point or a decimal comma and a typographic minus; refuses NaN, infinities
     * and anything else.
     */
    public static OptionalDouble parse(String typed) {
        String text = typed.trim().replace('\u2212', '-');
        if (!NUMBER.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(text.replace(',', '.'));
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
