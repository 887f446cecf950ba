package org.backstep.ui.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import org.backstep.engine.Hyperparameter;
import org.backstep.engine.Optimizer;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.TrainingChoice;

/**
 * The optimizer chooser and a field for each setting of the optimizer chosen, all made from the
 * registry of {@link Optimizer#kinds()}: a new optimizer brings its own fields. Every kind keeps the
 * texts typed for its settings while another is chosen (switching from Adam to momentum and back
 * loses nothing), except the learning rate, one field that every optimizer shares.
 */
final class OptimizerFields {
    private final Texts texts;
    private final JComboBox<Optimizer.Kind> chooser = new JComboBox<>(Optimizer.kinds().toArray(Optimizer.Kind[]::new));
    private final JLabel chooserLabel;
    private final SettingField rate;
    /** Each kind's fields but the learning rate, in the order its settings are written. */
    private final Map<Optimizer.Kind, List<SettingField>> fields = new LinkedHashMap<>();

    OptimizerFields(Texts texts) {
        this.texts = texts;
        texts.nameControl(chooser, "training.optimizer");
        chooser.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                if (value instanceof Optimizer.Kind kind) {
                    setText(texts.get("optimizer." + kind.fileName()));
                    setToolTipText(texts.get("optimizer." + kind.fileName() + ".tip"));
                }
                return this;
            }
        });
        chooserLabel = new JLabel(texts.get("training.optimizer.label"));
        chooserLabel.setLabelFor(chooser);
        rate = new SettingField(texts, Optimizer.LEARNING_RATE);
        for (Optimizer.Kind kind : Optimizer.kinds()) {
            List<SettingField> own = new ArrayList<>();
            for (Hyperparameter setting : kind.settings()) {
                if (!setting.equals(Optimizer.LEARNING_RATE)) {
                    own.add(new SettingField(texts, setting));
                }
            }
            fields.put(kind, own);
        }
        chooser.addActionListener(e -> showKind());
    }

    JComboBox<Optimizer.Kind> chooser() {
        return chooser;
    }

    /** Every field, of every kind (the hidden ones too), to listen to. */
    List<SettingField> allFields() {
        List<SettingField> all = new ArrayList<>(List.of(rate));
        fields.values().forEach(all::addAll);
        return all;
    }

    /** The chooser's row, the learning rate's, then every kind's rows (only the chosen kind's show). */
    void addTo(JPanel form) {
        form.add(chooserLabel);
        form.add(chooser, "growx, wmin 80");
        rate.addTo(form);
        fields.values().forEach(list -> list.forEach(f -> f.addTo(form)));
        showKind();
    }

    /** Each kind's fields start from {@code current}'s numbers where it is of that kind, else from the defaults. */
    void load(Optimizer current) {
        rate.show(current.learningRate());
        for (Map.Entry<Optimizer.Kind, List<SettingField>> e : fields.entrySet()) {
            for (SettingField f : e.getValue()) {
                f.show(TrainingChoice.startValue(e.getKey(), f.setting(), current));
            }
        }
        chooser.setSelectedItem(current.kind());
        showKind();
    }

    Optimizer.Kind kind() {
        return (Optimizer.Kind) chooser.getSelectedItem();
    }

    /** The texts typed for the chosen kind's settings, by field name. */
    Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(rate.setting().field(), rate.text());
        for (SettingField f : fields.get(kind())) {
            typed.put(f.setting().field(), f.text());
        }
        return typed;
    }

    /** The learning rate typed, as the field shows it. */
    String rateText() {
        return rate.text();
    }

    /** The chosen kind's field of {@code setting}. */
    SettingField field(Hyperparameter setting) {
        if (setting.equals(Optimizer.LEARNING_RATE)) {
            return rate;
        }
        return fields.get(kind()).stream().filter(f -> f.setting().equals(setting)).findFirst().orElse(rate);
    }

    /** Says at each of the chosen kind's fields what is wrong with it (nothing at the others). */
    void showProblems(List<TrainingChoice.Problem> problems) {
        for (SettingField f : shownFields()) {
            f.showProblem(problems.stream().filter(p -> p.setting().equals(f.setting())).findFirst()
                    .map(p -> SettingField.words(texts, p)).orElse(null));
        }
    }

    private List<SettingField> shownFields() {
        List<SettingField> shown = new ArrayList<>(List.of(rate));
        shown.addAll(fields.get(kind()));
        return shown;
    }

    private void showKind() {
        Optimizer.Kind chosen = kind();
        fields.forEach((kind, list) -> list.forEach(f -> f.setVisible(kind == chosen)));
        // The chooser's tooltip says what the optimizer chosen does.
        chooser.setToolTipText(texts.get("optimizer." + chosen.fileName() + ".tip"));
        chooser.getAccessibleContext().setAccessibleDescription(chooser.getToolTipText());
    }
}
