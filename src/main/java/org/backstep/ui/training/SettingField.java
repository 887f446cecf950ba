package org.backstep.ui.training;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.backstep.engine.Hyperparameter;
import org.backstep.ui.kit.Paragraph;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.TrainingChoice;

/**
 * One optimizer setting in the training tab: its label, its text field (named
 * {@code training.<field>}, with the tooltip that says what the setting does) and, under them, the
 * note that says what is wrong with what was typed, shown only while something is.
 */
final class SettingField {
    private final Texts texts;
    private final Hyperparameter setting;
    private final JLabel label;
    private final JTextField field = new JTextField(7);
    private final JTextArea note;
    private String problem;

    SettingField(Texts texts, Hyperparameter setting) {
        this.texts = texts;
        this.setting = setting;
        String name = "training." + setting.field();
        texts.nameControl(field, name);
        label = new JLabel(texts.get(name + ".label"));
        label.setLabelFor(field);
        label.setToolTipText(field.getToolTipText());
        note = Paragraph.of(" ", name + ".problem", 24);
        note.setVisible(false);
    }

    Hyperparameter setting() {
        return setting;
    }

    JTextField field() {
        return field;
    }

    /** The label, the field and the note, as rows of {@code form} (a form of two columns). */
    void addTo(JPanel form) {
        form.add(label);
        form.add(field, "growx, wmin 80");
        form.add(note, "span 2, growx, wmin 100");
    }

    void setVisible(boolean shown) {
        label.setVisible(shown);
        field.setVisible(shown);
        note.setVisible(shown && problem != null);
    }

    boolean isShowing() {
        return field.isVisible();
    }

    String text() {
        return field.getText();
    }

    /** Shows {@code value} in the window's decimal mark. */
    void show(double value) {
        field.setText(texts.localDecimals(TrainingChoice.shown(value)));
    }

    /** Says what is wrong at the field (null: nothing), also to a screen reader on the field. */
    void showProblem(String words) {
        problem = words;
        note.setText(words == null ? " " : words);
        note.setVisible(words != null && field.isVisible());
        field.putClientProperty("JComponent.outline", words == null ? null : "error");
        field.getAccessibleContext().setAccessibleDescription(words);
    }

    /** What is wrong with the text, in words, or null. */
    String problem() {
        return problem;
    }

    /** The setting's range in words: "greater than 0 and at most 100". */
    static String range(Texts texts, Hyperparameter setting) {
        String low = texts.format(setting.minIncluded() ? "training.range.atLeast" : "training.range.greaterThan",
                texts.number(setting.min()));
        String high = texts.format(setting.maxIncluded() ? "training.range.atMost" : "training.range.lessThan",
                texts.number(setting.max()));
        return texts.format("training.range", low, high);
    }

    /** What is wrong with a typed setting, in the window's language: "“1” is not a usable β₁: type a number …". */
    static String words(Texts texts, TrainingChoice.Problem p) {
        return texts.format("training.setting.invalid", p.typed(), texts.get("training." + p.setting().field() + ".what"),
                range(texts, p.setting()));
    }
}
