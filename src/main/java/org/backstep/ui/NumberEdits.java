package org.backstep.ui;

import java.util.OptionalDouble;
import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Quantities;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.NumberPrompt;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.StepSession;

/** Changing a number from the diagram: a weight on an edge, or a node's input, bias or target. */
record NumberEdits(JFrame window, Texts texts, StepSession session) {

    void edit(int[] target, boolean isEdge) {
        Lesson lesson = session.lesson();
        NetworkShape shape = lesson.shape();
        Quantities q = session.log().quantities();
        double[] start = session.stepParameters();
        if (isEdge) {
            int w = shape.weightIndex(target[0], target[1], target[2]);
            editParameter(w, start[w], q.name(q.parameterSlot(w)));
            return;
        }
        int column = target[0];
        int index = target[1];
        int sample = session.shownSample();
        JPopupMenu menu = new JPopupMenu();
        if (column == 0) {
            menu.add(item("edit.input", () -> NumberPrompt.ask(window, texts, lesson.inputNames().get(index),
                    lesson.data().input(sample, index)).ifPresent(v -> session.setData(sample, index, false, v))));
        } else {
            int b = shape.biasIndex(column - 1, index);
            menu.add(item("edit.bias", () -> editParameter(b, start[b], q.name(q.parameterSlot(b)))));
            if (column == shape.layers()) {
                menu.add(item("edit.target", () -> NumberPrompt.ask(window, texts, "y",
                        lesson.data().target(sample, index)).ifPresent(v -> session.setData(sample, index, true, v))));
            }
        }
        java.awt.Point at = window.getMousePosition(true);
        menu.show(window, at == null ? window.getWidth() / 2 : at.x, at == null ? window.getHeight() / 2 : at.y);
    }

    /** A popup item named {@code key}, with its text from the bundle. */
    private JMenuItem item(String key, Runnable action) {
        JMenuItem item = new JMenuItem(texts.get(key));
        item.setName(key);
        item.addActionListener(e -> action.run());
        return item;
    }

    private void editParameter(int parameter, double current, String name) {
        OptionalDouble value = NumberPrompt.ask(window, texts, name, current);
        value.ifPresent(v -> session.setParameter(parameter, v));
    }
}
