package org.backstep.ui.training;

import java.text.ParseException;
import javax.swing.JCheckBox;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.text.DefaultFormatter;
import javax.swing.text.DefaultFormatterFactory;
import org.backstep.engine.Batching;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.TrainingChoice;

/**
 * How the samples are split into batches: a batch size from 1 to the number of samples, whose
 * top value reads "All (n)" (full batch: one update per epoch), and whether each epoch takes them
 * in a new order. The box is enabled only while a batch is smaller than the data: with every
 * sample in every step the order changes nothing a student could see.
 */
final class BatchFields {
    private final Texts texts;
    private final SpinnerNumberModel model = new SpinnerNumberModel(1, 1, 1, 1);
    private final JSpinner size = new JSpinner(model);
    private final JCheckBox shuffle = new JCheckBox();
    private final JLabel sizeLabel;
    private final SizeFormat format = new SizeFormat();

    BatchFields(Texts texts) {
        this.texts = texts;
        texts.nameControl(size, "training.batchSize");
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(size, "#");
        size.setEditor(editor);
        JFormattedTextField text = editor.getTextField();
        text.setFormatterFactory(new DefaultFormatterFactory(format));
        text.setColumns(6);
        // The focus goes into the spinner's own text field, so that is what must carry the name.
        text.getAccessibleContext().setAccessibleName(texts.get("training.batchSize.name"));
        text.setToolTipText(texts.get("training.batchSize.tip"));
        sizeLabel = new JLabel(texts.get("training.batchSize.label"));
        sizeLabel.setLabelFor(size);
        sizeLabel.setToolTipText(size.getToolTipText());
        texts.nameControl(shuffle, "training.shuffle");
        shuffle.setText(texts.get("training.shuffle.text"));
        size.addChangeListener(e -> shuffle.setEnabled(size() < samples()));
    }

    JSpinner sizeSpinner() {
        return size;
    }

    JCheckBox shuffleBox() {
        return shuffle;
    }

    /** The batch size's row, then the box's, in a form of two columns. */
    void addTo(JPanel form) {
        form.add(sizeLabel);
        form.add(size, "growx, wmin 90");
        form.add(shuffle, "span 2");
    }

    /** The batches of {@code batching} over {@code samples} samples. */
    void load(Batching batching, int samples) {
        format.samples = samples;
        model.setMaximum(samples);
        model.setValue(batching.batchSize(samples));
        // The text is written again for the new count ("All (8)" where it said "All (4)").
        JFormattedTextField text = ((JSpinner.DefaultEditor) size.getEditor()).getTextField();
        text.setValue(model.getValue());
        shuffle.setSelected(batching.shuffle());
        shuffle.setEnabled(size() < samples);
    }

    /** The batch size chosen; the number of samples stands for all of them. */
    int size() {
        return (Integer) model.getValue();
    }

    int samples() {
        return format.samples;
    }

    boolean shuffle() {
        return shuffle.isSelected();
    }

    /** Writes the top value as "All (n)" and reads it back, or a whole number in the range. */
    private final class SizeFormat extends DefaultFormatter {
        int samples = 1;

        SizeFormat() {
            setValueClass(Integer.class);
            setOverwriteMode(false);
            setCommitsOnValidEdit(false);
        }

        @Override
        public String valueToString(Object value) {
            if (value instanceof Integer n) {
                return n >= samples ? texts.format("training.batchSize.all", samples) : Integer.toString(n);
            }
            return "";
        }

        @Override
        public Object stringToValue(String text) throws ParseException {
            int n = TrainingChoice.typedBatchSize(text, samples);
            if (n < 0) {
                throw new ParseException(text, 0);
            }
            return n;
        }
    }
}
