package org.backstep.ui.values;

import org.backstep.engine.NetworkShape;
import org.backstep.engine.Quantities;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.Texts;

/**
 * Names quantities in words for a screen reader, with the lesson's node names instead of the
 * trace's 0-based symbols: "the weight from x1 to h1", "the gradient of the loss with respect to h1".
 */
public final class QuantityWords {
    private final Texts texts;
    private final Lesson lesson;
    private final Quantities quantities;

    public QuantityWords(Texts texts, Lesson lesson, Quantities quantities) {
        this.texts = texts;
        this.lesson = lesson;
        this.quantities = quantities;
    }

    /** The quantity in {@code slot}, in words. */
    public String name(int slot) {
        return contract(composed(slot));
    }

    /**
     * Spanish contracts "a el" and "de el" to "al" and "del", which composed phrases produce
     * ("respecto a" + "el peso …"); other languages are left as they are.
     */
    public String contract(String text) {
        return "es".equals(texts.language()) ? text.replace(" a el ", " al ").replace(" de el ", " del ") : text;
    }

    private String composed(int slot) {
        NetworkShape shape = quantities.shape();
        int layer = quantities.layerOf(slot);
        int index = quantities.indexOf(slot);
        return switch (quantities.kind(slot)) {
            case PARAMETER -> parameter(quantities.parameterOf(slot));
            case PARAMETER_GRADIENT -> texts.format("speech.gradient", parameter(quantities.parameterOf(slot)));
            // Each optimizer names its state in the texts: "the velocity of the weight from x1 to h1".
            case OPTIMIZER_STATE -> texts.format("speech.state." + quantities.optimizer().state()
                    .get(quantities.stateVariableOf(slot)).words(), parameter(quantities.parameterOf(slot)));
            case LOSS -> texts.get("speech.loss");
            case INPUT -> texts.format("speech.input", lesson.inputNames().get(index));
            case TARGET -> texts.format("speech.target", unit(shape.layers() - 1, index));
            case PRE_ACTIVATION -> texts.format("speech.sum", unit(layer, index));
            case ACTIVATION -> layer == shape.layers() - 1 ? texts.format("speech.prediction", unit(layer, index))
                    : texts.format("speech.output", unit(layer, index));
            case PRE_ACTIVATION_GRADIENT -> texts.format("speech.gradient",
                    texts.format("speech.sum", unit(layer, index)));
            case ACTIVATION_GRADIENT -> texts.format("speech.gradient", unit(layer, index));
        };
    }

    /** "the weight from x1 to h1" or "the bias of h1". */
    public String parameter(int parameter) {
        NetworkShape shape = quantities.shape();
        int l = shape.layerOfParameter(parameter);
        if (parameter >= shape.biasOffset(l)) {
            return texts.format("speech.bias", unit(l, parameter - shape.biasOffset(l)));
        }
        int within = parameter - shape.weightOffset(l);
        int i = within / shape.fanIn(l);
        int j = within % shape.fanIn(l);
        String from = l == 0 ? lesson.inputNames().get(j) : unit(l - 1, j);
        return texts.format("speech.weight", from, unit(l, i));
    }

    private String unit(int layer, int index) {
        return lesson.unitNames().get(layer).get(index);
    }
}
