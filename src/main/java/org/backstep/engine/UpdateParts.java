package org.backstep.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * What several optimizers share: checking their settings, the gradient with weight decay added,
 * the running means, the bias correction, and the forms that write their workings. Each form's
 * words name a sentence {@code speech.<words>} whose arguments are the form's values in order.
 */
final class UpdateParts {
    private UpdateParts() {
    }

    /** The trace's and the window's name of the gradient with weight decay added. */
    static final EquationLine DECAY_LINE = new EquationLine("decay.l2", "Weight decay",
            "g \\leftarrow \\frac{\\partial L}{\\partial w} + \\lambda \\cdot w", "g := dL/dw + λ · w");
    static final Optimizer.StateVariable DECAYED = new Optimizer.StateVariable("g", DECAY_LINE);

    static final EquationLine VELOCITY_LINE = new EquationLine("velocity.momentum", "Momentum velocity",
            "v \\leftarrow \\mu \\cdot v + g", "v := μ · v + g");
    static final EquationLine CORRECTED_M_LINE = new EquationLine("corrected.m", "Bias correction of the mean",
            "\\hat{m} \\leftarrow \\frac{m}{1 - \\beta_1^{t}}", "m̂ := m / (1 − β₁^t)");
    static final EquationLine CORRECTED_V_LINE = new EquationLine("corrected.v", "Bias correction of the mean square",
            "\\hat{v} \\leftarrow \\frac{v}{1 - \\beta_2^{t}}", "v̂ := v / (1 − β₂^t)");

    /** {@code g + λ·w}, said as "…, plus the weight decay … times …". */
    static final Working.Form DECAY = Working.Form.of(a -> Numbers.format(a.get(0).value()) + " + "
            + Numbers.factor(a.get(1).value()) + "·" + Numbers.factor(a.get(2).value()), a -> "decay", true);
    /** {@code w − η·g}. */
    static final Working.Form STEP = Working.Form.of(a -> Numbers.format(a.get(0).value()) + " - "
            + Numbers.factor(a.get(1).value()) + "·" + Numbers.factor(a.get(2).value()), a -> "update", true);
    /** {@code μ·v + g}. */
    static final Working.Form VELOCITY = Working.Form.of(a -> Numbers.factor(a.get(0).value()) + "·"
            + Numbers.factor(a.get(1).value()) + " + " + Numbers.factor(a.get(2).value()), a -> "velocity", true);
    /** {@code β·m + (1−β)·g}. */
    static final Working.Form MEAN = Working.Form.of(a -> Numbers.factor(a.get(0).value()) + "·"
            + Numbers.factor(a.get(1).value()) + " + " + Numbers.factor(a.get(2).value()) + "·"
            + Numbers.factor(a.get(3).value()), a -> "mean", true);
    /** {@code β·s + (1−β)·g²}. */
    static final Working.Form SQUARES = Working.Form.of(a -> Numbers.factor(a.get(0).value()) + "·"
            + Numbers.factor(a.get(1).value()) + " + " + Numbers.factor(a.get(2).value()) + "·"
            + Numbers.factor(a.get(3).value()) + "²", a -> "squares", true);
    /** {@code m / (1 − β^t)}. */
    static final Working.Form CORRECTED = Working.Form.of(a -> Numbers.factor(a.get(0).value()) + " / (1 - "
            + Numbers.factor(a.get(1).value()) + "^" + (long) a.get(2).value() + ")", a -> "corrected", false);
    /** {@code w − η·g / (√s + ε)}. */
    static final Working.Form ROOT_STEP = Working.Form.of(a -> Numbers.format(a.get(0).value()) + " - "
            + Numbers.factor(a.get(1).value()) + "·" + Numbers.factor(a.get(2).value()) + " / (√"
            + Numbers.factor(a.get(3).value()) + " + " + Numbers.format(a.get(4).value()) + ")", a -> "update.root", true);

    /** {@code value}, or an exception saying which setting is out of its range and why. */
    static double checked(Hyperparameter setting, double value) {
        String wrong = setting.problem(value);
        if (wrong != null) {
            throw new IllegalArgumentException("the setting " + setting.field() + " " + wrong);
        }
        return value;
    }

    /** The state with the decayed gradient first when there is weight decay. */
    static List<Optimizer.StateVariable> withDecay(double weightDecay, List<Optimizer.StateVariable> own) {
        if (weightDecay == 0) {
            return own;
        }
        java.util.ArrayList<Optimizer.StateVariable> all = new java.util.ArrayList<>();
        all.add(DECAYED);
        all.addAll(own);
        return List.copyOf(all);
    }

    /**
     * The gradient an update uses for parameter {@code n}: {@code g + λ·w}, recorded as state
     * variable 0, when there is weight decay; else the gradient itself.
     */
    static double decayed(double[] p, double[] g, double[] state, int n, double weightDecay) {
        if (weightDecay == 0) {
            return g[n];
        }
        double d = g[n] + weightDecay * p[n];
        state[n] = d;
        return d;
    }

    /** The slot holding the gradient an update of {@code parameter} reads: the decayed one, or dL/dw. */
    static int gradientSlot(Quantities q, int parameter, double weightDecay) {
        return weightDecay == 0 ? q.gradientSlot(parameter) : q.stateSlot(0, parameter);
    }

    static Working.Read read(int slot, IntToDoubleFunction read) {
        return new Working.Read(slot, read.applyAsDouble(slot));
    }

    /** The working of the decayed gradient of {@code parameter}. */
    static Working decayWorking(Quantities q, int parameter, double weightDecay, IntToDoubleFunction read) {
        return new Working.Formula(DECAY, List.of(read(q.gradientSlot(parameter), read),
                new Working.Constant(weightDecay), read(q.parameterSlot(parameter), read)));
    }

    /** {@code 1 − β^t}, the bias correction after {@code t} updates, as torch computes it. */
    static double correction(double beta, long t) {
        return 1 - StrictMath.pow(beta, t);
    }
}
