package org.backstep.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * AdamW, as {@code torch.optim.AdamW} (no amsgrad): Adam whose weight decay shrinks the parameter
 * itself, {@code w·(1 − η·λ)}, instead of being added to the gradient; λ is 0.01 unless given.
 */
public record AdamW(double learningRate, double beta1, double beta2, double epsilon, double weightDecay)
        implements Optimizer {
    /** AdamW's weight decay: the same field and range, a default of 0.01 as torch's. */
    public static final Hyperparameter DECOUPLED_DECAY = new Hyperparameter(WEIGHT_DECAY.field(), 0.01,
            WEIGHT_DECAY.min(), WEIGHT_DECAY.minIncluded(), WEIGHT_DECAY.max(), WEIGHT_DECAY.maxIncluded());
    public static final Optimizer.Kind KIND = new Optimizer.Kind("adamw",
            List.of(LEARNING_RATE, BETA1, BETA2, EPSILON, DECOUPLED_DECAY),
            values -> new AdamW(Optimizer.Kind.value(LEARNING_RATE, values), Optimizer.Kind.value(BETA1, values),
                    Optimizer.Kind.value(BETA2, values), Optimizer.Kind.value(EPSILON, values),
                    Optimizer.Kind.value(DECOUPLED_DECAY, values)));
    public static final EquationLine UPDATE = new EquationLine("update.adamw", "AdamW update",
            "w \\leftarrow w \\cdot (1 - \\eta \\lambda) - \\eta \\cdot \\frac{\\hat{m}}{\\sqrt{\\hat{v}} + \\epsilon}",
            "w := w · (1 − η · λ) − η · m̂ / (√v̂ + ε)");
    /** {@code w·(1 − η·λ) − η·m̂/(√v̂ + ε)}; the rate is one value, written twice. */
    private static final Working.Form STEP = Working.Form.of(a -> Numbers.factor(a.get(0).value()) + "·(1 - "
            + Numbers.factor(a.get(1).value()) + "·" + Numbers.factor(a.get(2).value()) + ") - "
            + Numbers.factor(a.get(1).value()) + "·" + Numbers.factor(a.get(3).value()) + " / (√"
            + Numbers.factor(a.get(4).value()) + " + " + Numbers.format(a.get(5).value()) + ")", a -> "update.decoupled", true);

    public AdamW {
        UpdateParts.checked(LEARNING_RATE, learningRate);
        UpdateParts.checked(BETA1, beta1);
        UpdateParts.checked(BETA2, beta2);
        UpdateParts.checked(EPSILON, epsilon);
        UpdateParts.checked(DECOUPLED_DECAY, weightDecay);
    }

    @Override
    public Optimizer.Kind kind() {
        return KIND;
    }

    @Override
    public List<Double> values() {
        return List.of(learningRate, beta1, beta2, epsilon, weightDecay);
    }

    @Override
    public Optimizer withLearningRate(double rate) {
        return new AdamW(rate, beta1, beta2, epsilon, weightDecay);
    }

    @Override
    public EquationLine updateLine() {
        return UPDATE;
    }

    /** No decayed gradient: the decay acts on the parameter. */
    @Override
    public List<Optimizer.StateVariable> state() {
        return Adam.MOMENTS;
    }

    @Override
    public void update(double[] p, double[] g, double[] state, int from, int to, long t) {
        Adam.Correction c = Adam.Correction.of(beta1, beta2, t, learningRate);
        for (int n = from; n < to; n++) {
            double shrunk = p[n] * (1 - learningRate * weightDecay);
            p[n] = Adam.moments(state, 0, p.length, n, g[n], beta1, beta2, c, epsilon, shrunk);
        }
    }

    @Override
    public Working working(int variable, int parameter, Quantities q, IntToDoubleFunction read, long t) {
        if (variable >= 0) {
            return Adam.momentWorking(variable, 0, parameter, q, read, t, beta1, beta2, q.gradientSlot(parameter));
        }
        return new Working.Formula(STEP, List.of(UpdateParts.read(q.parameterSlot(parameter), read),
                new Working.Constant(learningRate), new Working.Constant(weightDecay),
                UpdateParts.read(q.stateSlot(2, parameter), read), UpdateParts.read(q.stateSlot(3, parameter), read),
                new Working.Constant(epsilon)));
    }
}
