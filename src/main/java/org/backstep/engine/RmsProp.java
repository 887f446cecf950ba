package org.backstep.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * RMSprop, as {@code torch.optim.RMSprop} (not centred, no momentum): a running mean of squared
 * gradients {@code s := α·s + (1−α)·g²} (from 0) scales each step, {@code w := w − η·g/(√s + ε)}.
 */
public record RmsProp(double learningRate, double alpha, double epsilon, double weightDecay) implements Optimizer {
    public static final Optimizer.Kind KIND = new Optimizer.Kind("rmsprop",
            List.of(LEARNING_RATE, ALPHA, EPSILON, WEIGHT_DECAY),
            values -> new RmsProp(Optimizer.Kind.value(LEARNING_RATE, values), Optimizer.Kind.value(ALPHA, values),
                    Optimizer.Kind.value(EPSILON, values), Optimizer.Kind.value(WEIGHT_DECAY, values)));
    public static final EquationLine UPDATE = new EquationLine("update.rmsprop", "RMSprop update",
            "w \\leftarrow w - \\eta \\cdot \\frac{g}{\\sqrt{s} + \\epsilon}", "w := w − η · g / (√s + ε)");
    static final EquationLine SQUARES_LINE = new EquationLine("squares.rmsprop", "Mean of squared gradients",
            "s \\leftarrow \\alpha \\cdot s + (1 - \\alpha) \\cdot g^2", "s := α · s + (1 − α) · g²");
    private static final Optimizer.StateVariable SQUARES = new Optimizer.StateVariable("s", SQUARES_LINE, "squares");

    public RmsProp {
        UpdateParts.checked(LEARNING_RATE, learningRate);
        UpdateParts.checked(ALPHA, alpha);
        UpdateParts.checked(EPSILON, epsilon);
        UpdateParts.checked(WEIGHT_DECAY, weightDecay);
    }

    @Override
    public Optimizer.Kind kind() {
        return KIND;
    }

    @Override
    public List<Double> values() {
        return List.of(learningRate, alpha, epsilon, weightDecay);
    }

    @Override
    public Optimizer withLearningRate(double rate) {
        return new RmsProp(rate, alpha, epsilon, weightDecay);
    }

    @Override
    public EquationLine updateLine() {
        return UPDATE;
    }

    @Override
    public List<Optimizer.StateVariable> state() {
        return UpdateParts.withDecay(weightDecay, List.of(SQUARES));
    }

    @Override
    public void update(double[] p, double[] g, double[] state, int from, int to, long t) {
        int s = (weightDecay == 0 ? 0 : 1) * p.length;
        for (int n = from; n < to; n++) {
            double d = UpdateParts.decayed(p, g, state, n, weightDecay);
            // In torch's order of operations (addcmul, addcdiv), so that long runs keep its digits.
            state[s + n] = alpha * state[s + n] + (1 - alpha) * d * d;
            p[n] = p[n] - learningRate * d / (StrictMath.sqrt(state[s + n]) + epsilon);
        }
    }

    @Override
    public Working working(int variable, int parameter, Quantities q, IntToDoubleFunction read, long t) {
        int base = weightDecay == 0 ? 0 : 1;
        if (variable == 0 && base == 1) {
            return UpdateParts.decayWorking(q, parameter, weightDecay, read);
        }
        Working.Read squares = UpdateParts.read(q.stateSlot(base, parameter), read);
        Working.Read gradient = UpdateParts.read(UpdateParts.gradientSlot(q, parameter, weightDecay), read);
        if (variable == base) {
            return new Working.Formula(UpdateParts.SQUARES, List.of(new Working.Constant(alpha), squares,
                    new Working.Constant(1 - alpha), gradient));
        }
        return new Working.Formula(UpdateParts.ROOT_STEP, List.of(UpdateParts.read(q.parameterSlot(parameter), read),
                new Working.Constant(learningRate), gradient, squares, new Working.Constant(epsilon)));
    }
}
