package org.backstep.ui.training;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.Optimizer;
import org.backstep.ui.kit.Paragraph;
import org.backstep.ui.kit.Texts;

/**
 * The small question before optimizers are compared: which three, each in a list of every kind
 * the registry has, starting from the three chosen last time (gradient descent, momentum and Adam
 * at first).
 */
final class OptimizerPicker {
    private static final int CHOICES = 3;

    private final Texts texts;
    private List<Optimizer.Kind> last;

    OptimizerPicker(Texts texts, List<Optimizer.Kind> first) {
        this.texts = texts;
        this.last = List.copyOf(first);
    }

    /** Asks which optimizers to compare at {@code rate} (the field's text); null when the student cancels. */
    List<Optimizer.Kind> ask(Component parent, String rate) {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2, gap 8 6", "[][grow, fill]"));
        panel.setName("training.compareOptimizers.dialog");
        panel.add(Paragraph.of(texts.format("training.compareOptimizers.question", rate),
                "training.compareOptimizers.question", 36), "span 2, growx, wmin 200");
        List<JComboBox<Optimizer.Kind>> boxes = new ArrayList<>();
        for (int i = 0; i < CHOICES; i++) {
            JComboBox<Optimizer.Kind> box = new JComboBox<>(Optimizer.kinds().toArray(Optimizer.Kind[]::new));
            box.setName("training.compareOptimizers." + i);
            box.getAccessibleContext().setAccessibleName(texts.format("training.compareOptimizers.choice", i + 1));
            box.setRenderer(new DefaultListCellRenderer() {
                @Override
                public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                              boolean focus) {
                    super.getListCellRendererComponent(list, value, index, selected, focus);
                    if (value instanceof Optimizer.Kind kind) {
                        setText(texts.get("optimizer." + kind.fileName()));
                    }
                    return this;
                }
            });
            box.setSelectedItem(last.get(i % last.size()));
            javax.swing.JLabel label = new javax.swing.JLabel(texts.format("training.compareOptimizers.choice", i + 1));
            label.setLabelFor(box);
            panel.add(label);
            panel.add(box);
            boxes.add(box);
        }
        int answer = JOptionPane.showConfirmDialog(parent, panel, texts.get("training.compareOptimizers.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return null;
        }
        List<Optimizer.Kind> chosen = boxes.stream().map(b -> (Optimizer.Kind) b.getSelectedItem()).toList();
        last = chosen;
        return chosen;
    }
}
