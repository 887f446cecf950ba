package org.backstep.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Nesterov momentum, as {@code torch.optim.SGD(momentum=μ, nesterov=True)}: the velocity as with
 * momentum, {@code v := μ·v + g}, but the step looks ahead, {@code w := w − η·(g + μ·v)}.
 */
public record Nesterov(double learningRate, double momentum, double weightDecay) implements Optimizer {
    public static final Optimizer.Kind KIND = new Optimizer.Kind("nesterov", List.of(LEARNING_RATE, MOMENTUM, WEIGHT_DECAY),
            values -> new Nesterov(Optimizer.Kind.value(LEARNING_RATE, values), Optimizer.Kind.value(MOMENTUM, values),
                    Optimizer.Kind.value(WEIGHT_DECAY, values)));
    public static final EquationLine UPDATE = new EquationLine("update.nesterov", "Nesterov update",
            "w \\leftarrow w - \\eta \\cdot (g + \\mu \\cdot v)", "w := w − η · (g + μ · v)");
    /** {@code w − η·(g + μ·v)}. */
    private static final Working.Form STEP = Working.Form.of(a -> Numbers.format(a.get(0).value()) + " - "
            + Numbers.factor(a.get(1).value()) + "·(" + Numbers.format(a.get(2).value()) + " + "
            + Numbers.factor(a.get(3).value()) + "·" + Numbers.factor(a.get(4).value()) + ")", a -> "update.nesterov", true);

    public Nesterov {
        UpdateParts.checked(LEARNING_RATE, learningRate);
        UpdateParts.checked(MOMENTUM, momentum);
        UpdateParts.checked(WEIGHT_DECAY, weightDecay);
    }

    @Override
    public Optimizer.Kind kind() {
        return KIND;
    }

    @Override
    public List<Double> values() {
        return List.of(learningRate, momentum, weightDecay);
    }

    @Override
    public Optimizer withLearningRate(double rate) {
        return new Nesterov(rate, momentum, weightDecay);
    }

    @Override
    public EquationLine updateLine() {
        return UPDATE;
    }

    @Override
    public List<Optimizer.StateVariable> state() {
        return UpdateParts.withDecay(weightDecay, List.of(Momentum.VELOCITY));
    }

    @Override
    public void update(double[] p, double[] g, double[] state, int from, int to, long t) {
        int v = (weightDecay == 0 ? 0 : 1) * p.length;
        for (int n = from; n < to; n++) {
            double d = UpdateParts.decayed(p, g, state, n, weightDecay);
            state[v + n] = momentum * state[v + n] + d;
            p[n] = p[n] - learningRate * (d + momentum * state[v + n]);
        }
    }

    @Override
    public Working working(int variable, int parameter, Quantities q, IntToDoubleFunction read, long t) {
        return Momentum.velocityOrStep(this, momentum, weightDecay, variable, parameter, q, read, STEP);
    }
}
