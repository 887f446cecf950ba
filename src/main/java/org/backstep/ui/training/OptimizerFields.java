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
 * registry of {@link Optimizer#kinds()}: a new optimizer brings its own fields. A setting that
 * several kinds share by name (β₁ of Adam and AdamW, μ of momentum and Nesterov) has one field, so
 * each control has one name; every kind keeps the texts typed for its settings while another is
 * chosen (switching from Adam to momentum and back loses nothing), except the learning rate, one
 * text that every optimizer shares.
 */
final class OptimizerFields {
    private final Texts texts;
    private final JComboBox<Optimizer.Kind> chooser = new JComboBox<>(Optimizer.kinds().toArray(Optimizer.Kind[]::new));
    private final JLabel chooserLabel;
    private final SettingField rate;
    /** One field per setting name but the learning rate, in the order the registry first names them. */
    private final Map<String, SettingField> fields = new LinkedHashMap<>();
    /** What each kind's fields held when another kind was chosen, by setting name. */
    private final Map<Optimizer.Kind, Map<String, String>> kept = new LinkedHashMap<>();
    private Optimizer.Kind shown;
    /** True while the fields are being filled for another kind: that is not the student typing. */
    private boolean filling;
    /** The form the fields are rows of, and the index of its first setting's row after the learning rate. */
    private JPanel form;
    private int firstSettingAt;

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
            for (Hyperparameter setting : kind.settings()) {
                if (!setting.equals(Optimizer.LEARNING_RATE)) {
                    fields.computeIfAbsent(setting.field(), f -> new SettingField(texts, setting));
                }
            }
        }
        chooser.addActionListener(e -> showKind());
    }

    JComboBox<Optimizer.Kind> chooser() {
        return chooser;
    }

    /** Every field (the hidden ones too), to listen to. */
    List<SettingField> allFields() {
        List<SettingField> all = new ArrayList<>(List.of(rate));
        all.addAll(fields.values());
        return all;
    }

    /** True while the fields are filled for the kind just chosen. */
    boolean filling() {
        return filling;
    }

    /** The chooser's row, the learning rate's, then every setting's rows (only the chosen kind's show). */
    void addTo(JPanel form) {
        form.add(chooserLabel);
        form.add(chooser, "growx, wmin 80");
        rate.addTo(form);
        this.form = form;
        firstSettingAt = form.getComponentCount();
        fields.values().forEach(f -> f.addTo(form));
        showKind();
    }

    /**
     * Puts the chosen kind's rows first, in the order its settings are written (Adam: β₁, β₂, ε,
     * λ), and the others, hidden, after them: a field shared by several kinds has one place.
     */
    private void orderRows(Optimizer.Kind chosen) {
        if (form == null) {
            return;
        }
        fields.values().forEach(f -> f.removeFrom(form));
        int at = firstSettingAt;
        List<SettingField> rest = new ArrayList<>(fields.values());
        for (Hyperparameter setting : chosen.settings()) {
            SettingField f = fields.get(setting.field());
            if (f != null && rest.remove(f)) {
                at = f.addTo(form, at);
            }
        }
        for (SettingField f : rest) {
            at = f.addTo(form, at);
        }
    }

    /** Each kind's fields start from {@code current}'s numbers where it is of that kind, else from the defaults. */
    void load(Optimizer current) {
        rate.show(current.learningRate());
        kept.clear();
        for (Optimizer.Kind kind : Optimizer.kinds()) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Hyperparameter setting : kind.settings()) {
                if (!setting.equals(Optimizer.LEARNING_RATE)) {
                    texts.put(setting.field(), shownText(TrainingChoice.startValue(kind, setting, current)));
                }
            }
            kept.put(kind, texts);
        }
        shown = null;
        chooser.setSelectedItem(current.kind());
        showKind();
    }

    private String shownText(double value) {
        return texts.localDecimals(TrainingChoice.shown(value));
    }

    Optimizer.Kind kind() {
        return (Optimizer.Kind) chooser.getSelectedItem();
    }

    /** The texts typed for the chosen kind's settings, by field name. */
    Map<String, String> typed() {
        showKind();
        Map<String, String> typed = new LinkedHashMap<>();
        for (SettingField f : shownFields()) {
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
        SettingField f = fields.get(setting.field());
        return f == null || setting.equals(Optimizer.LEARNING_RATE) ? rate : f;
    }

    /** Says at each of the chosen kind's fields what is wrong with it (nothing at the others). */
    void showProblems(List<TrainingChoice.Problem> problems) {
        for (SettingField f : shownFields()) {
            f.showProblem(problems.stream().filter(p -> p.setting().equals(f.setting())).findFirst()
                    .map(p -> SettingField.words(texts, p)).orElse(null));
        }
    }

    private List<SettingField> shownFields() {
        List<SettingField> shownFields = new ArrayList<>(List.of(rate));
        for (Hyperparameter setting : kind().settings()) {
            if (!setting.equals(Optimizer.LEARNING_RATE)) {
                shownFields.add(fields.get(setting.field()));
            }
        }
        return shownFields;
    }

    /** Shows the chosen kind's fields with its texts, keeping what the kind shown before held. */
    private void showKind() {
        Optimizer.Kind chosen = kind();
        if (chosen == shown || kept.isEmpty()) {
            return;
        }
        filling = true;
        try {
            if (shown != null) {
                Map<String, String> before = kept.get(shown);
                before.replaceAll((name, text) -> fields.get(name).text());
            }
            fields.values().forEach(f -> f.setVisible(false));
            orderRows(chosen);
            for (Hyperparameter setting : chosen.settings()) {
                SettingField f = fields.get(setting.field());
                if (f != null && !setting.equals(Optimizer.LEARNING_RATE)) {
                    f.use(setting);
                    f.setText(kept.get(chosen).get(setting.field()));
                    f.setVisible(true);
                }
            }
            shown = chosen;
        } finally {
            filling = false;
        }
        // The chooser's tooltip says what the optimizer chosen does.
        chooser.setToolTipText(texts.get("optimizer." + chosen.fileName() + ".tip"));
        chooser.getAccessibleContext().setAccessibleDescription(chooser.getToolTipText());
    }
}
