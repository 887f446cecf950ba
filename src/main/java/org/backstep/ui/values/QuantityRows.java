package org.backstep.ui.values;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Quantities;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.QuantityNames;
import org.backstep.ui.kit.Texts;

/** Which quantities the two tables list, in a fixed order, with the labels students read. */
final class QuantityRows {
    /**
     * One row: the slot shown, its label, and the diagram node it belongs to (column, index; -1
     * none). A row of slot -1 is a section's heading, with no value.
     */
    record Row(int slot, String label, int column, int index) {
        boolean heading() {
            return slot < 0;
        }
    }

    private QuantityRows() {
    }

    /**
     * Inputs, pre-activations and activations layer by layer, target, loss, every parameter, then,
     * when the optimizer keeps any, the optimizer's state under a heading of its own.
     */
    static List<Row> values(Texts texts, Lesson lesson, Quantities q, int sample) {
        NetworkShape shape = q.shape();
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < shape.inputs(); j++) {
            rows.add(new Row(q.inputSlot(sample, j), texts.format("row.input", lesson.inputNames().get(j)), 0, j));
        }
        for (int l = 0; l < shape.layers(); l++) {
            String act = shape.activation(l).fileName();
            for (int i = 0; i < shape.units(l); i++) {
                String unit = lesson.unitNames().get(l).get(i);
                rows.add(new Row(q.preActivationSlot(sample, l, i), texts.format("row.preActivation", unit), l + 1, i));
                rows.add(new Row(q.activationSlot(sample, l, i),
                        texts.format("row.activation", unit, texts.get("activation." + act)), l + 1, i));
            }
        }
        int last = shape.layers() - 1;
        for (int k = 0; k < shape.outputs(); k++) {
            rows.add(new Row(q.targetSlot(sample, k),
                    texts.format("row.target", lesson.unitNames().get(last).get(k)), last + 1, k));
        }
        rows.add(new Row(q.lossSlot(), texts.get("row.loss." + shape.loss().fileName()),
                -1, -1));
        QuantityNames names = new QuantityNames(lesson, q);
        for (int p = 0; p < shape.parameterCount(); p++) {
            rows.add(new Row(q.parameterSlot(p), names.parameter(p), -1, -1));
        }
        rows.addAll(optimizerState(texts, names, q));
        return rows;
    }

    /**
     * The optimizer's state, parameter by parameter in the order the update writes it (a
     * velocity; Adam's m, v, m̂ and v̂), each named as the maths line names it ({@code m[w(x1→h1)]});
     * nothing for an optimizer that keeps none, nor for a parameter the lesson does not train.
     */
    static List<Row> optimizerState(Texts texts, QuantityNames names, Quantities q) {
        int variables = q.optimizer().state().size();
        List<Row> rows = new ArrayList<>();
        if (variables == 0) {
            return rows;
        }
        rows.add(new Row(-1, texts.get("values.optimizerState"), -1, -1));
        for (int p = 0; p < q.shape().parameterCount(); p++) {
            if (!q.shape().isTrainable(p)) {
                continue;
            }
            for (int v = 0; v < variables; v++) {
                int slot = q.stateSlot(v, p);
                rows.add(new Row(slot, names.shown(slot), -1, -1));
            }
        }
        return rows;
    }

    /** Gradients in the order the backward pass computes them, output first, by the window's names (dL/dh1, dL/dw(x1→h1)). */
    static List<Row> gradients(Lesson lesson, Quantities q, int sample) {
        NetworkShape shape = q.shape();
        QuantityNames names = new QuantityNames(lesson, q);
        List<Row> rows = new ArrayList<>();
        for (int l = shape.layers() - 1; l >= 0; l--) {
            for (int i = 0; i < shape.units(l); i++) {
                int da = q.activationGradientSlot(sample, l, i);
                int dz = q.preActivationGradientSlot(sample, l, i);
                rows.add(new Row(da, names.shown(da), l + 1, i));
                rows.add(new Row(dz, names.shown(dz), l + 1, i));
            }
            for (int i = 0; i < shape.units(l); i++) {
                for (int j = 0; j < shape.fanIn(l); j++) {
                    int w = q.gradientSlot(shape.weightIndex(l, i, j));
                    rows.add(new Row(w, names.shown(w), -1, -1));
                }
                if (shape.trainsBias(l)) {
                    int b = q.gradientSlot(shape.biasIndex(l, i));
                    rows.add(new Row(b, names.shown(b), l + 1, i));
                }
            }
        }
        return rows;
    }
}
