package org.backstep.engine;

import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * How a training step changes the parameters once the gradient is known. An optimizer is a value:
 * it owns its settings (and how a lesson file names, checks and writes them), the per-parameter
 * state it keeps from one update to the next, the arithmetic of an update, and the equation lines
 * and working students see. Adding one is adding a type here (see the how-to on optimizers);
 * nothing else asks which optimizer it is.
 */
public sealed interface Optimizer permits GradientDescent, Momentum, Nesterov, RmsProp, Adam, AdamW {

    /** The step size η, which every optimizer has. */
    Hyperparameter LEARNING_RATE = new Hyperparameter("learningRate", Double.NaN, 0, false, Limits.MAX_LEARNING_RATE, true);
    /** L2 weight decay λ, added to the gradient as λ·w (decoupled from it in AdamW); none by default. */
    Hyperparameter WEIGHT_DECAY = new Hyperparameter("weightDecay", 0, 0, true, 10, true);
    /** The velocity's decay μ of momentum and Nesterov momentum. */
    Hyperparameter MOMENTUM = new Hyperparameter("momentum", 0.9, 0, true, 1, false);
    /** The decay α of RMSprop's running mean of squared gradients. */
    Hyperparameter ALPHA = new Hyperparameter("alpha", 0.99, 0, true, 1, false);
    /** Adam's decay β₁ of the running mean of gradients. */
    Hyperparameter BETA1 = new Hyperparameter("beta1", 0.9, 0, true, 1, false);
    /** Adam's decay β₂ of the running mean of squared gradients. */
    Hyperparameter BETA2 = new Hyperparameter("beta2", 0.999, 0, true, 1, false);
    /** The small ε added to a square root before dividing by it (RMSprop, Adam). */
    Hyperparameter EPSILON = new Hyperparameter("epsilon", 1e-8, 0, false, 1, true);

    /**
     * Every kind of optimizer, as lesson files name them. A method rather than a constant: each
     * kind's settings use {@link #LEARNING_RATE}, so a constant here would make the two types'
     * initialisation wait on each other.
     */
    static List<Kind> kinds() {
        return List.of(GradientDescent.KIND, Momentum.KIND, Nesterov.KIND, RmsProp.KIND, Adam.KIND, AdamW.KIND);
    }

    /**
     * A kind of optimizer: its name in lesson files, its settings, and how to make one from them.
     *
     * @param settings the settings in the order a lesson file writes them
     */
    record Kind(String fileName, List<Hyperparameter> settings, java.util.function.Function<Map<String, Double>, Optimizer> maker)
            implements FileNamed {
        /** An optimizer of this kind; every setting must be in {@code values} or have a default. */
        public Optimizer make(Map<String, Double> values) {
            return maker.apply(values);
        }

        /** The setting's value in {@code values}, else its default. */
        public static double value(Hyperparameter setting, Map<String, Double> values) {
            Double given = values.get(setting.field());
            return given != null ? given : setting.defaultValue();
        }
    }

    /**
     * A per-parameter number an optimizer writes in an update before the parameter: kept between
     * updates (a velocity, a running mean) or worked out on the way (a bias-corrected mean, the
     * gradient with weight decay added).
     *
     * @param symbol the name's prefix in the trace ({@code v} in {@code v[W1[0][0]]})
     * @param words  the key of its spoken name, {@code speech.state.<words>}: two optimizers may
     *               both write {@code v} for different things (a velocity, a mean of squares)
     */
    record StateVariable(String symbol, EquationLine line, String words) {
        public StateVariable(String symbol, EquationLine line) {
            this(symbol, line, symbol);
        }
    }

    /** The kind with this file name, or null. */
    static Kind kind(String fileName) {
        return FileNamed.find(kinds(), fileName);
    }

    /** The kinds' names, for messages: "sgd, momentum, …". */
    static String allowedNames() {
        return FileNamed.names(kinds());
    }

    Kind kind();

    /** Each setting's value, in the order of {@link Kind#settings}. */
    List<Double> values();

    /** The step size η. */
    double learningRate();

    /** The same optimizer with another step size (the window's rate field, the rate comparison). */
    Optimizer withLearningRate(double rate);

    /** The line an update of a parameter instantiates. */
    EquationLine updateLine();

    /** The per-parameter state it keeps, in the order an update writes it (before the parameter). */
    List<StateVariable> state();

    /**
     * Updates parameters {@code from} (inclusive) to {@code to} (exclusive) of {@code p} from their
     * gradient {@code g}; {@code state} holds the state variables one after the other, each
     * {@code p.length} long. {@code t} counts updates from 1.
     */
    void update(double[] p, double[] g, double[] state, int from, int to, long t);

    /**
     * The working of the update event that wrote state variable {@code variable} of parameter
     * {@code parameter}, or (variable -1) the parameter itself, in update {@code t} (from 1);
     * {@code read} gives each slot's value as the event read it.
     */
    Working working(int variable, int parameter, Quantities q, IntToDoubleFunction read, long t);

    /** The weight decay λ (0: none). */
    double weightDecay();
}
