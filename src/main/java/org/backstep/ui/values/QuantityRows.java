package org.backstep.ui.values;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Quantities;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.Texts;

/** Which quantities the two tables list, in a fixed order, with the labels students read. */
final class QuantityRows {
    /** One row: the slot shown, its label, and the diagram node it belongs to (column, index; -1 none). */
    record Row(int slot, String label, int column, int index) {
    }

    private QuantityRows() {
    }

    /** Inputs, pre-activations and activations layer by layer, target, loss, then every parameter. */
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
        for (int p = 0; p < shape.parameterCount(); p++) {
            rows.add(new Row(q.parameterSlot(p), parameterLabel(texts, lesson, shape, p), -1, -1));
        }
        return rows;
    }

    /** Gradients in the order the backward pass computes them, output first. */
    static List<Row> gradients(Texts texts, Lesson lesson, Quantities q, int sample) {
        NetworkShape shape = q.shape();
        List<Row> rows = new ArrayList<>();
        for (int l = shape.layers() - 1; l >= 0; l--) {
            for (int i = 0; i < shape.units(l); i++) {
                String unit = lesson.unitNames().get(l).get(i);
                rows.add(new Row(q.activationGradientSlot(sample, l, i), "dL/d(" + unit + ")", l + 1, i));
                rows.add(new Row(q.preActivationGradientSlot(sample, l, i), texts.format("row.dz", unit), l + 1, i));
            }
            for (int i = 0; i < shape.units(l); i++) {
                for (int j = 0; j < shape.fanIn(l); j++) {
                    int w = shape.weightIndex(l, i, j);
                    rows.add(new Row(q.gradientSlot(w), "dL/d" + parameterLabel(texts, lesson, shape, w), -1, -1));
                }
                if (shape.trainsBias(l)) {
                    int b = shape.biasIndex(l, i);
                    rows.add(new Row(q.gradientSlot(b), "dL/d" + parameterLabel(texts, lesson, shape, b), l + 1, i));
                }
            }
        }
        return rows;
    }

    /** "w(h2→ŷ)" for a weight, "b(h1)" for a bias: the page's way of naming them. */
    static String parameterLabel(Texts texts, Lesson lesson, NetworkShape shape, int parameter) {
        int l = shape.layerOfParameter(parameter);
        if (parameter >= shape.biasOffset(l)) {
            return "b(" + lesson.unitNames().get(l).get(parameter - shape.biasOffset(l)) + ")";
        }
        int within = parameter - shape.weightOffset(l);
        int i = within / shape.fanIn(l);
        int j = within % shape.fanIn(l);
        String from = l == 0 ? lesson.inputNames().get(j) : lesson.unitNames().get(l - 1).get(j);
        return "w(" + from + "→" + lesson.unitNames().get(l).get(i) + ")";
    }
}
