package org.backstep.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Plain gradient descent, {@code w := w − η·g}, as {@code torch.optim.SGD} without momentum:
 * {@code g} is the gradient, plus {@code λ·w} with weight decay. Nothing is kept between updates.
 */
public record GradientDescent(double learningRate, double weightDecay) implements Optimizer {
    public static final Optimizer.Kind KIND = new Optimizer.Kind("sgd", List.of(LEARNING_RATE, WEIGHT_DECAY),
            values -> new GradientDescent(Optimizer.Kind.value(LEARNING_RATE, values),
                    Optimizer.Kind.value(WEIGHT_DECAY, values)));
    public static final EquationLine UPDATE = new EquationLine("update.sgd", "Gradient descent update",
            "w \\leftarrow w - \\eta \\cdot \\frac{\\partial L}{\\partial w}", "w := w − η · dL/dw");
    /** With weight decay the step uses the decayed gradient g, which the step writes first. */
    public static final EquationLine DECAYED_UPDATE = new EquationLine("update.sgd.decayed", "Gradient descent update",
            "w \\leftarrow w - \\eta \\cdot g", "w := w − η · g");

    public GradientDescent {
        if (!LEARNING_RATE.accepts(learningRate)) {
            throw new IllegalArgumentException("the learning rate " + LEARNING_RATE.problem(learningRate));
        }
        UpdateParts.checked(WEIGHT_DECAY, weightDecay);
    }

    /** Without weight decay. */
    public GradientDescent(double learningRate) {
        this(learningRate, 0);
    }

    @Override
    public Optimizer.Kind kind() {
        return KIND;
    }

    @Override
    public List<Double> values() {
        return List.of(learningRate, weightDecay);
    }

    @Override
    public Optimizer withLearningRate(double rate) {
        return new GradientDescent(rate, weightDecay);
    }

    @Override
    public EquationLine updateLine() {
        return weightDecay == 0 ? UPDATE : DECAYED_UPDATE;
    }

    @Override
    public List<Optimizer.StateVariable> state() {
        return UpdateParts.withDecay(weightDecay, List.of());
    }

    @Override
    public void update(double[] p, double[] g, double[] state, int from, int to, long t) {
        for (int n = from; n < to; n++) {
            p[n] = p[n] - learningRate * UpdateParts.decayed(p, g, state, n, weightDecay);
        }
    }

    @Override
    public Working working(int variable, int parameter, Quantities q, IntToDoubleFunction read, long t) {
        if (variable == 0) {
            return UpdateParts.decayWorking(q, parameter, weightDecay, read);
        }
        return new Working.Formula(UpdateParts.STEP, List.of(UpdateParts.read(q.parameterSlot(parameter), read),
                new Working.Constant(learningRate), UpdateParts.read(UpdateParts.gradientSlot(q, parameter, weightDecay), read)));
    }
}
