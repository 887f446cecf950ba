package org.backstep.ui.training;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.backstep.engine.Limits;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.TrainingController;

/** What a run asks for: the number of epochs and the learning rate, their fields and labels. */
final class RunSettings {
    private final Texts texts;
    private final JSpinner epochs = new JSpinner(new SpinnerNumberModel(200, 1, Limits.MAX_EPOCHS, 50));
    private final JTextField learningRate = new JTextField(6);

    RunSettings(Texts texts) {
        this.texts = texts;
        texts.nameControl(epochs, "training.epochs");
        texts.nameControl(learningRate, "training.learningRate");
        // The focus goes into the spinner's own text field, so that is what must carry the name.
        if (epochs.getEditor() instanceof JSpinner.DefaultEditor editor) {
            editor.getTextField().getAccessibleContext().setAccessibleName(texts.get("training.epochs.name"));
        }
    }

    /** The two labelled fields, next in {@code panel}'s row. */
    void addTo(JPanel panel) {
        JLabel epochsLabel = new JLabel(texts.get("training.epochs.label"));
        epochsLabel.setLabelFor(epochs);
        JLabel rateLabel = new JLabel(texts.get("training.learningRate.label"));
        rateLabel.setLabelFor(learningRate);
        panel.add(epochsLabel);
        panel.add(epochs, "wmin 90");
        panel.add(rateLabel, "gapleft 12");
        panel.add(learningRate, "wmin 80");
    }

    /** The lesson's own epochs and learning rate. */
    void load(Lesson lesson) {
        epochs.setValue(Math.max(1, lesson.training().epochs()));
        learningRate.setText(texts.localDecimals(Double.toString(lesson.training().optimizer().learningRate())));
    }

    int epochs() {
        return (Integer) epochs.getValue();
    }

    /** The learning rate typed, or NaN after telling {@code message} what is allowed. */
    double rate(javax.swing.text.JTextComponent message) {
        double rate = TrainingController.rate(learningRate.getText());
        if (Double.isNaN(rate)) {
            message.setText(texts.format("training.learningRate.invalid", learningRate.getText()));
            learningRate.requestFocusInWindow();
        }
        return rate;
    }
}
