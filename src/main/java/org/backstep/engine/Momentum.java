package org.backstep.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Gradient descent with momentum, as {@code torch.optim.SGD(momentum=μ)} with no dampening: the
 * velocity {@code v := μ·v + g} (from 0) carries earlier gradients, and {@code w := w − η·v}.
 */
public record Momentum(double learningRate, double momentum, double weightDecay) implements Optimizer {
    public static final Optimizer.Kind KIND = new Optimizer.Kind("momentum", List.of(LEARNING_RATE, MOMENTUM, WEIGHT_DECAY),
            values -> new Momentum(Optimizer.Kind.value(LEARNING_RATE, values), Optimizer.Kind.value(MOMENTUM, values),
                    Optimizer.Kind.value(WEIGHT_DECAY, values)));
    public static final EquationLine UPDATE = new EquationLine("update.momentum", "Momentum update",
            "w \\leftarrow w - \\eta \\cdot v", "w := w − η · v");
    static final Optimizer.StateVariable VELOCITY = new Optimizer.StateVariable("v", UpdateParts.VELOCITY_LINE, "velocity");

    public Momentum {
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
        return new Momentum(rate, momentum, weightDecay);
    }

    @Override
    public EquationLine updateLine() {
        return UPDATE;
    }

    @Override
    public List<Optimizer.StateVariable> state() {
        return UpdateParts.withDecay(weightDecay, List.of(VELOCITY));
    }

    @Override
    public void update(double[] p, double[] g, double[] state, int from, int to, long t) {
        int v = (weightDecay == 0 ? 0 : 1) * p.length;
        for (int n = from; n < to; n++) {
            double d = UpdateParts.decayed(p, g, state, n, weightDecay);
            state[v + n] = momentum * state[v + n] + d;
            p[n] = p[n] - learningRate * state[v + n];
        }
    }

    @Override
    public Working working(int variable, int parameter, Quantities q, IntToDoubleFunction read, long t) {
        return velocityOrStep(this, momentum, weightDecay, variable, parameter, q, read, UpdateParts.STEP);
    }

    /**
     * The working of momentum's and Nesterov's events: the decayed gradient, the velocity, or the
     * parameter by {@code step} (which reads the parameter, η, the gradient, μ and the velocity).
     */
    static Working velocityOrStep(Optimizer optimizer, double momentum, double weightDecay, int variable, int parameter,
                                  Quantities q, IntToDoubleFunction read, Working.Form step) {
        int base = weightDecay == 0 ? 0 : 1;
        if (variable == 0 && base == 1) {
            return UpdateParts.decayWorking(q, parameter, weightDecay, read);
        }
        Working.Read velocity = UpdateParts.read(q.stateSlot(base, parameter), read);
        Working.Read gradient = UpdateParts.read(UpdateParts.gradientSlot(q, parameter, weightDecay), read);
        if (variable == base) {
            return new Working.Formula(UpdateParts.VELOCITY, List.of(new Working.Constant(momentum), velocity, gradient));
        }
        Working.Read w = UpdateParts.read(q.parameterSlot(parameter), read);
        Working.Constant rate = new Working.Constant(optimizer.learningRate());
        return step == UpdateParts.STEP ? new Working.Formula(step, List.of(w, rate, velocity))
                : new Working.Formula(step, List.of(w, rate, gradient, new Working.Constant(momentum), velocity));
    }
}
