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
    private Hyperparameter setting;
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

    /**
     * Makes the field stand for {@code other}, a setting of the same name of the optimizer now
     * chosen (AdamW's weight decay has a default of its own), whose range its messages then name.
     */
    void use(Hyperparameter other) {
        setting = other;
    }

    /** Puts back a text kept while another optimizer was chosen. */
    void setText(String text) {
        field.setText(text);
    }

    JTextField field() {
        return field;
    }

    /** The label, the field and the note, as rows of {@code form} (a form of two columns). */
    void addTo(JPanel form) {
        addTo(form, -1);
    }

    /**
     * The label, the field and the note as rows of {@code form} from its component {@code index}
     * on (-1: at the end); returns the index after them.
     */
    int addTo(JPanel form, int index) {
        form.add(label, null, index);
        form.add(field, "growx, wmin 80", index < 0 ? -1 : index + 1);
        form.add(note, "span 2, growx, wmin 100", index < 0 ? -1 : index + 2);
        return index < 0 ? -1 : index + 3;
    }

    /** Takes the rows out of {@code form} again, to put them back in another optimizer's order. */
    void removeFrom(JPanel form) {
        form.remove(label);
        form.remove(field);
        form.remove(note);
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
