package org.backstep.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Quantities;

/**
 * The names a student reads in the window, made from the lesson's own node names and counting
 * from one as the diagram does: {@code w(x1→h1)} for the trace's {@code W1[0][0]}, {@code b(h1)},
 * {@code z(h1)}, {@code h1}, {@code dL/dh1}, {@code dL/dw(x1→h1)}. The trace's names stay the
 * files' and the command line's; the window shows them only beside these. No language is
 * involved: these are notation, the same in every language.
 */
public final class QuantityNames {
    private final Lesson lesson;
    private final Quantities quantities;

    public QuantityNames(Lesson lesson, Quantities quantities) {
        this.lesson = lesson;
        this.quantities = quantities;
    }

    public Lesson lesson() {
        return lesson;
    }

    public Quantities quantities() {
        return quantities;
    }

    /** The window's name of the quantity in {@code slot}. */
    public String shown(int slot) {
        int layer = quantities.layerOf(slot);
        int index = quantities.indexOf(slot);
        return switch (quantities.kind(slot)) {
            case PARAMETER -> parameter(quantities.parameterOf(slot));
            case PARAMETER_GRADIENT -> "dL/d" + parameter(quantities.parameterOf(slot));
            case OPTIMIZER_STATE -> quantities.optimizer().state().get(quantities.stateVariableOf(slot)).symbol()
                    + "[" + parameter(quantities.parameterOf(slot)) + "]";
            case LOSS -> "L";
            case INPUT -> lesson.inputNames().get(index);
            case TARGET -> "y(" + unit(quantities.shape().layers() - 1, index) + ")";
            case PRE_ACTIVATION -> "z(" + unit(layer, index) + ")";
            case ACTIVATION -> unit(layer, index);
            case PRE_ACTIVATION_GRADIENT -> "dL/dz(" + unit(layer, index) + ")";
            case ACTIVATION_GRADIENT -> "dL/d" + unit(layer, index);
        };
    }

    /** The trace's name of the quantity in {@code slot}, such as {@code dL/dW1[0][0]}. */
    public String traced(int slot) {
        return quantities.name(slot);
    }

    /**
     * Every way a student may write the quantity: the window's name, the other spellings the
     * window's tables and maths use ({@code a(h1)}, {@code dL/d(h1)}, {@code dL/da(h1)}), the bare
     * node name for both of a node's forward numbers, and the trace's name.
     */
    public List<String> spellings(int slot) {
        List<String> all = new ArrayList<>();
        all.add(shown(slot));
        int layer = quantities.layerOf(slot);
        int index = quantities.indexOf(slot);
        switch (quantities.kind(slot)) {
            case PRE_ACTIVATION -> all.add(unit(layer, index));
            case ACTIVATION -> all.add("a(" + unit(layer, index) + ")");
            case ACTIVATION_GRADIENT -> {
                all.add("dL/d(" + unit(layer, index) + ")");
                all.add("dL/da(" + unit(layer, index) + ")");
            }
            default -> {
            }
        }
        all.add(traced(slot));
        return all;
    }

    /** "w(h2→ŷ)" for a weight, "b(h1)" for a bias. */
    public String parameter(int parameter) {
        NetworkShape shape = quantities.shape();
        int l = shape.layerOfParameter(parameter);
        if (parameter >= shape.biasOffset(l)) {
            return "b(" + unit(l, parameter - shape.biasOffset(l)) + ")";
        }
        int within = parameter - shape.weightOffset(l);
        int i = within / shape.fanIn(l);
        int j = within % shape.fanIn(l);
        return "w(" + source(l, j) + "→" + unit(l, i) + ")";
    }

    /** The node feeding input {@code j} of layer {@code layer}: an input or a unit of the layer before. */
    public String source(int layer, int j) {
        return layer == 0 ? lesson.inputNames().get(j) : unit(layer - 1, j);
    }

    public String unit(int layer, int index) {
        return lesson.unitNames().get(layer).get(index);
    }

    /**
     * A name brought to one spelling for comparing: no spaces, lower case, {@code ->} as
     * {@code →}, {@code ∂} as {@code d}, and {@code ŷ} (or {@code y^}, {@code yhat}) as one form,
     * so what a keyboard without those symbols can type finds the same quantity.
     */
    public static String normalized(String name) {
        String s = name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        s = s.replace("->", "→").replace("∂", "d").replace("ŷ", "yhat").replace("y\u0302", "yhat")
                .replace("y^", "yhat").replace("y_hat", "yhat");
        return s;
    }
}
