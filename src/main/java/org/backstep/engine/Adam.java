package org.backstep.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Adam, as {@code torch.optim.Adam} (no amsgrad): running means of the gradient and of its square
 * (from 0), each corrected for starting at 0, scale each step:
 * {@code w := w − η·m̂/(√v̂ + ε)}. Weight decay, when set, is added to the gradient.
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay)
        implements Optimizer {
    public static final Optimizer.Kind KIND = new Optimizer.Kind("adam",
            List.of(LEARNING_RATE, BETA1, BETA2, EPSILON, WEIGHT_DECAY),
            values -> new Adam(Optimizer.Kind.value(LEARNING_RATE, values), Optimizer.Kind.value(BETA1, values),
                    Optimizer.Kind.value(BETA2, values), Optimizer.Kind.value(EPSILON, values),
                    Optimizer.Kind.value(WEIGHT_DECAY, values)));
    public static final EquationLine UPDATE = new EquationLine("update.adam", "Adam update",
            "w \\leftarrow w - \\eta \\cdot \\frac{\\hat{m}}{\\sqrt{\\hat{v}} + \\epsilon}", "w := w − η · m̂ / (√v̂ + ε)");
    static final EquationLine MEAN_LINE = new EquationLine("mean.adam", "Mean of gradients",
            "m \\leftarrow \\beta_1 \\cdot m + (1 - \\beta_1) \\cdot g", "m := β₁ · m + (1 − β₁) · g");
    static final EquationLine SQUARES_LINE = new EquationLine("squares.adam", "Mean of squared gradients",
            "v \\leftarrow \\beta_2 \\cdot v + (1 - \\beta_2) \\cdot g^2", "v := β₂ · v + (1 − β₂) · g²");
    /** Adam's own four, in the order an update writes them. */
    static final List<Optimizer.StateVariable> MOMENTS = List.of(new Optimizer.StateVariable("m", MEAN_LINE),
            new Optimizer.StateVariable("v", SQUARES_LINE, "squares"),
            new Optimizer.StateVariable("mhat", UpdateParts.CORRECTED_M_LINE),
            new Optimizer.StateVariable("vhat", UpdateParts.CORRECTED_V_LINE));

    public Adam {
        UpdateParts.checked(LEARNING_RATE, learningRate);
        UpdateParts.checked(BETA1, beta1);
        UpdateParts.checked(BETA2, beta2);
        UpdateParts.checked(EPSILON, epsilon);
        UpdateParts.checked(WEIGHT_DECAY, weightDecay);
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
        return new Adam(rate, beta1, beta2, epsilon, weightDecay);
    }

    @Override
    public EquationLine updateLine() {
        return UPDATE;
    }

    @Override
    public List<Optimizer.StateVariable> state() {
        return UpdateParts.withDecay(weightDecay, MOMENTS);
    }

    @Override
    public void update(double[] p, double[] g, double[] state, int from, int to, long t) {
        int base = weightDecay == 0 ? 0 : 1;
        Correction c = Correction.of(beta1, beta2, t, learningRate);
        for (int n = from; n < to; n++) {
            double d = UpdateParts.decayed(p, g, state, n, weightDecay);
            p[n] = moments(state, base, p.length, n, d, beta1, beta2, c, epsilon, p[n]);
        }
    }

    /**
     * What the bias correction of update {@code t} makes of the step, the same for every parameter:
     * {@code 1 − β₁ᵗ}, {@code 1 − β₂ᵗ}, {@code η/(1−β₁ᵗ)} and {@code √(1−β₂ᵗ)}. Computed once per update
     * rather than per parameter (two powers per parameter were most of an Adam step's time); each is
     * the very number the per-parameter formula computed, so the results keep their bits.
     */
    record Correction(double mean, double square, double stepSize, double rootSquare) {
        static Correction of(double beta1, double beta2, long t, double learningRate) {
            double mean = UpdateParts.correction(beta1, t);
            double square = UpdateParts.correction(beta2, t);
            return new Correction(mean, square, learningRate / mean, StrictMath.sqrt(square));
        }
    }

    /**
     * Adam's moments of parameter {@code n} from gradient {@code d} (state variables {@code base}
     * to {@code base + 3}), and {@code from − η·m̂/(√v̂ + ε)}: the parameter after the step.
     */
    static double moments(double[] state, int base, int length, int n, double d, double beta1, double beta2,
                          Correction c, double epsilon, double from) {
        int m = base * length + n;
        int v = m + length;
        int mhat = v + length;
        int vhat = mhat + length;
        state[m] = beta1 * state[m] + (1 - beta1) * d;
        state[v] = beta2 * state[v] + (1 - beta2) * d * d;
        state[mhat] = state[m] / c.mean();
        state[vhat] = state[v] / c.square();
        // The step is the line's, m̂/(√v̂ + ε), computed in torch's order, (η/(1−β₁ᵗ))·m / (√v/√(1−β₂ᵗ) + ε):
        // the same number up to the last digit, so that long runs keep torch's digits.
        return from - c.stepSize() * state[m] / (StrictMath.sqrt(state[v]) / c.rootSquare() + epsilon);
    }

    @Override
    public Working working(int variable, int parameter, Quantities q, IntToDoubleFunction read, long t) {
        int base = weightDecay == 0 ? 0 : 1;
        if (variable == 0 && base == 1) {
            return UpdateParts.decayWorking(q, parameter, weightDecay, read);
        }
        if (variable >= base) {
            return momentWorking(variable - base, base, parameter, q, read, t, beta1, beta2,
                    UpdateParts.gradientSlot(q, parameter, weightDecay));
        }
        return new Working.Formula(UpdateParts.ROOT_STEP, List.of(UpdateParts.read(q.parameterSlot(parameter), read),
                new Working.Constant(learningRate), UpdateParts.read(q.stateSlot(base + 2, parameter), read),
                UpdateParts.read(q.stateSlot(base + 3, parameter), read), new Working.Constant(epsilon)));
    }

    /** The working of moment {@code k} (m, v, m̂, v̂) of Adam and AdamW, whose gradient is in {@code gradient}. */
    static Working momentWorking(int k, int base, int parameter, Quantities q, IntToDoubleFunction read, long t,
                                 double beta1, double beta2, int gradient) {
        Working.Read g = UpdateParts.read(gradient, read);
        Working.Read own = UpdateParts.read(q.stateSlot(base + k, parameter), read);
        return switch (k) {
            case 0 -> new Working.Formula(UpdateParts.MEAN, List.of(new Working.Constant(beta1), own,
                    new Working.Constant(1 - beta1), g));
            case 1 -> new Working.Formula(UpdateParts.SQUARES, List.of(new Working.Constant(beta2), own,
                    new Working.Constant(1 - beta2), g));
            default -> new Working.Formula(UpdateParts.CORRECTED, List.of(
                    UpdateParts.read(q.stateSlot(base + k - 2, parameter), read),
                    new Working.Constant(k == 2 ? beta1 : beta2), new Working.Constant(t)));
        };
    }
}
