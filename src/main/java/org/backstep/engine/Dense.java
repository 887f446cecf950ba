package org.backstep.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The fully connected layer's side of the chain rule: the equation lines of a weighted sum, of a
 * weight's and a bias's gradient and of sending the gradient back a layer, and the working of each
 * with the numbers an event read. Its arithmetic is {@link StepKernel}'s; activations and losses
 * keep their own lines.
 */
public final class Dense {
    public static final EquationLine PRE_ACTIVATION = new EquationLine("forward.preactivation", "Weighted sum",
            "z_i = \\sum_j w_{ij}\\, a_j + b_i", "z_i = Σ_j w_ij·a_j + b_i");
    public static final EquationLine OUTPUT_WEIGHT_GRADIENT = new EquationLine("backward.weight.output",
            "Chain rule for an output weight",
            "\\frac{\\partial L}{\\partial w_i} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial z_{\\text{out}}} \\cdot \\frac{\\partial z_{\\text{out}}}{\\partial w_i} = \\frac{\\partial L}{\\partial z_{\\text{out}}} \\cdot h_i",
            "dL/dw_i = dL/dŷ · dŷ/dz_out · dz_out/dw_i = dL/dz_out · h_i");
    public static final EquationLine HIDDEN_WEIGHT_GRADIENT = new EquationLine("backward.weight.hidden",
            "Gradient of a hidden weight",
            "\\frac{\\partial L}{\\partial w_{ij}} = \\frac{\\partial L}{\\partial h_i} \\cdot \\frac{\\partial h_i}{\\partial z_i} \\cdot x_j = \\frac{\\partial L}{\\partial z_i} \\cdot x_j",
            "dL/dw_ij = dL/dh_i · dh_i/dz_i · x_j = dL/dz_i · x_j");
    public static final EquationLine BIAS_GRADIENT = new EquationLine("backward.bias", "Gradient of a bias",
            "\\frac{\\partial L}{\\partial b_i} = \\frac{\\partial L}{\\partial z_i} \\cdot 1",
            "dL/db_i = dL/dz_i · 1");
    public static final EquationLine PROPAGATE = new EquationLine("backward.propagate", "Send the gradient back a layer",
            "\\frac{\\partial L}{\\partial h_j} = \\sum_i \\frac{\\partial L}{\\partial z_i} \\cdot w_{ij}",
            "dL/dh_j = Σ_i dL/dz_i · w_ij");

    private Dense() {
    }

    /** The line of a parameter's gradient: a bias's, an output weight's or a hidden weight's. */
    static EquationLine gradientLine(NetworkShape shape, int parameter) {
        int layer = shape.layerOfParameter(parameter);
        if (parameter >= shape.biasOffset(layer)) {
            return BIAS_GRADIENT;
        }
        return layer == shape.layers() - 1 ? OUTPUT_WEIGHT_GRADIENT : HIDDEN_WEIGHT_GRADIENT;
    }

    /** {@code z = w_0·a_0 + … + b} of unit {@code i} of {@code layer} for {@code sample}. */
    static Working weightedSum(Quantities q, int sample, int layer, int i, IntToDoubleFunction read) {
        NetworkShape shape = q.shape();
        List<Working> terms = new ArrayList<>();
        for (int j = 0; j < shape.fanIn(layer); j++) {
            terms.add(new Working.Product(read(q.parameterSlot(shape.weightIndex(layer, i, j)), read),
                    read(q.fanInSlot(sample, layer, j), read)));
        }
        terms.add(read(q.parameterSlot(shape.biasIndex(layer, i)), read));
        return new Working.Sum(terms);
    }

    /** {@code dL/dh_j = Σ_i dL/dz_i · w_ij} into unit {@code j} of {@code layer} from the layer above. */
    static Working propagate(Quantities q, int sample, int layer, int j, IntToDoubleFunction read) {
        NetworkShape shape = q.shape();
        int next = layer + 1;
        List<Working> terms = new ArrayList<>();
        for (int n = 0; n < shape.units(next); n++) {
            terms.add(new Working.Product(read(q.preActivationGradientSlot(sample, next, n), read),
                    read(q.parameterSlot(shape.weightIndex(next, n, j)), read)));
        }
        return new Working.Sum(terms);
    }

    /**
     * A parameter's gradient as summed over samples: this sample's δ·a (a bias: δ itself), added to
     * the sum so far from the second sample on.
     */
    static Working parameterGradient(Quantities q, int slot, int sample, boolean first, IntToDoubleFunction read) {
        NetworkShape shape = q.shape();
        int parameter = q.parameterOf(slot);
        int layer = shape.layerOfParameter(parameter);
        Working part;
        if (parameter >= shape.biasOffset(layer)) {
            Working.Read delta = read(q.preActivationGradientSlot(sample, layer, parameter - shape.biasOffset(layer)), read);
            part = first ? new Working.Same(delta) : delta;
        } else {
            int within = parameter - shape.weightOffset(layer);
            int fanIn = shape.fanIn(layer);
            part = new Working.Product(read(q.preActivationGradientSlot(sample, layer, within / fanIn), read),
                    read(q.fanInSlot(sample, layer, within % fanIn), read));
        }
        return first ? part : new Working.SoFar(read(slot, read), part);
    }

    static Working.Read read(int slot, IntToDoubleFunction read) {
        return new Working.Read(slot, read.applyAsDouble(slot));
    }
}
