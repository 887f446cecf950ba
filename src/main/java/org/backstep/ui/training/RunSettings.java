package org.backstep.ui.training;

import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.Batching;
import org.backstep.engine.Limits;
import org.backstep.engine.Training;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.TrainingChoice;

/**
 * What a run asks for, as a form of labels and fields: the optimizer and its settings, the number
 * of epochs, the batch size and the shuffle. Each field says at once what is wrong with what was
 * typed; the form tells its listener of every change (typing, a little after the last key, so
 * that a step is not recorded again at every key) and makes the training the fields ask for.
 */
final class RunSettings {
    /** How long typing must pause before the debugger's step follows the new settings. */
    private static final int TYPING_PAUSE_MS = 400;

    private final Texts texts;
    private final JSpinner epochs = new JSpinner(new SpinnerNumberModel(200, 1, Limits.MAX_EPOCHS, 50));
    private final OptimizerFields optimizer;
    private final BatchFields batches;
    private final JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3, gap 8 4", "[][grow, fill]"));
    private final Timer typing;
    private Runnable changed = () -> { };
    private Training current;
    private Batching own;
    /** True while the fields are filled from a lesson: that is not the student changing them. */
    private boolean loading;

    RunSettings(Texts texts) {
        this.texts = texts;
        optimizer = new OptimizerFields(texts);
        batches = new BatchFields(texts);
        texts.nameControl(epochs, "training.epochs");
        // The focus goes into the spinner's own text field, so that is what must carry the name.
        if (epochs.getEditor() instanceof JSpinner.DefaultEditor editor) {
            editor.getTextField().getAccessibleContext().setAccessibleName(texts.get("training.epochs.name"));
        }
        form.setOpaque(false);
        form.setName("training.settings");
        JLabel title = new JLabel(texts.get("training.settings.title"));
        title.setName("training.settings.title");
        title.putClientProperty("FlatLaf.style", "font: bold");
        form.add(title, "span 2");
        optimizer.addTo(form);
        JLabel epochsLabel = new JLabel(texts.get("training.epochs.label"));
        epochsLabel.setLabelFor(epochs);
        epochsLabel.setToolTipText(epochs.getToolTipText());
        form.add(epochsLabel);
        form.add(epochs, "growx, wmin 90");
        batches.addTo(form);
        typing = new Timer(TYPING_PAUSE_MS, e -> tell());
        typing.setRepeats(false);
        listen();
    }

    private void listen() {
        optimizer.chooser().addActionListener(e -> changedNow());
        epochs.addChangeListener(e -> changedNow());
        batches.sizeSpinner().addChangeListener(e -> changedNow());
        batches.shuffleBox().addActionListener(e -> changedNow());
        for (SettingField f : optimizer.allFields()) {
            f.field().getDocument().addDocumentListener(new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    typed();
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                    typed();
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                    typed();
                }
            });
        }
    }

    /** The form, to place in the tab. */
    JPanel form() {
        return form;
    }

    /** Told after the student changed a field, with the form's problems already shown at the fields. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    /** The lesson's own settings: its optimizer with its numbers, its epochs and its batches. */
    void load(Lesson lesson, Lesson asOpened) {
        loading = true;
        try {
            current = lesson.training();
            own = asOpened.training().batching();
            epochs.setValue(Math.max(1, current.epochs()));
            optimizer.load(current.optimizer());
            batches.load(current.batching(), lesson.data().size());
            optimizer.showProblems(List.of());
        } finally {
            loading = false;
        }
        typing.stop();
        form.revalidate();
        form.repaint();
    }

    /** The training the fields make from the lesson's, or the problems in the way. */
    TrainingChoice.Chosen chosen() {
        Batching batching = TrainingChoice.batching(own, current.batching(), batches.size(), batches.shuffle(),
                batches.samples());
        return TrainingChoice.of(current, optimizer.kind(), optimizer.typed(), batching, (Integer) epochs.getValue());
    }

    /** The training now used: the lesson's, then whatever the fields last made. */
    void use(Training training) {
        current = training;
    }

    /**
     * The training the fields make, or null after telling {@code message} what is wrong with the
     * first field that cannot be used, and putting the focus there.
     */
    Training checked(javax.swing.text.JTextComponent message) {
        typing.stop();
        TrainingChoice.Chosen chosen = chosen();
        optimizer.showProblems(chosen.problems());
        if (!chosen.usable()) {
            TrainingChoice.Problem first = chosen.problems().get(0);
            message.setText(SettingField.words(texts, first));
            optimizer.field(first.setting()).field().requestFocusInWindow();
            return null;
        }
        return chosen.training();
    }

    /** The learning rate typed, as the field shows it (for the comparison's question). */
    String rateText() {
        return optimizer.rateText();
    }

    private void typed() {
        if (loading || optimizer.filling()) {
            return;
        }
        // Said at the field at once; the step follows when the typing pauses.
        optimizer.showProblems(chosen().problems());
        typing.restart();
    }

    private void changedNow() {
        if (loading || current == null) {
            return;
        }
        typing.stop();
        form.revalidate();
        form.repaint();
        tell();
    }

    private void tell() {
        optimizer.showProblems(chosen().problems());
        changed.run();
    }
}
