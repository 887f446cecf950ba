package org.backstep.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Activation functions. Each keeps in one place its forward formula, its local derivative, the
 * equation lines shown to students, how those lines are written with numbers substituted and
 * which sentence says them, and whether it is ReLU-like, so that the maths on screen and the maths
 * computed cannot drift and nothing else needs to ask which activation it is.
 * Transcendental functions go through {@link StrictMath} so every machine prints the same digits.
 */
public enum Activation implements FileNamed {
    RELU("relu",
            new EquationLine("forward.activation.relu", "ReLU",
                    "a = \\max(0, z)", "a = max(0, z)"),
            new EquationLine("backward.activation.relu", "ReLU gate",
                    "\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\cdot \\left\\{\\begin{array}{ll}1 & \\text{if } z > 0\\\\ 0 & \\text{if } z \\le 0\\end{array}\\right.",
                    "dL/dz = dL/da · (1 if z > 0, else 0)")) {
        @Override
        public double apply(double z) {
            return z > 0 ? z : 0.0;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : 0.0;
        }

        @Override
        public boolean reluLike() {
            return true;
        }

        @Override
        public boolean closesGate(double z) {
            return z <= 0;
        }

        @Override
        String valueText(double z) {
            return "max(0, " + Numbers.format(z) + ")";
        }

        @Override
        String slopeText(String upstream, double z, double a) {
            return upstream + "·" + (z > 0 ? "1" : "0") + "  (z = " + Numbers.format(z)
                    + (z > 0 ? " > 0)" : " ≤ 0: gate closed)");
        }

        @Override
        String slopeWords(double z) {
            return z > 0 ? "gate.open" : "gate.closed";
        }
    },
    LEAKY_RELU("leaky_relu",
            new EquationLine("forward.activation.leaky_relu", "Leaky ReLU",
                    "a = \\left\\{\\begin{array}{ll}z & \\text{if } z > 0\\\\ " + Activation.LEAKY_SLOPE
                            + "\\,z & \\text{if } z \\le 0\\end{array}\\right.", "a = z if z > 0, else " + Activation.LEAKY_SLOPE + "·z"),
            new EquationLine("backward.activation.leaky_relu", "Leaky ReLU gate",
                    "\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\cdot \\left\\{\\begin{array}{ll}1 & \\text{if } z > 0\\\\ "
                            + Activation.LEAKY_SLOPE + " & \\text{if } z \\le 0\\end{array}\\right.",
                    "dL/dz = dL/da · (1 if z > 0, else " + Activation.LEAKY_SLOPE + ")")) {
        @Override
        public double apply(double z) {
            return z > 0 ? z : LEAKY_SLOPE * z;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : LEAKY_SLOPE;
        }

        @Override
        public boolean reluLike() {
            return true;
        }

        @Override
        String valueText(double z) {
            return z > 0 ? Numbers.format(z) : Numbers.format(LEAKY_SLOPE) + "·" + Numbers.factor(z);
        }

        @Override
        String slopeText(String upstream, double z, double a) {
            return upstream + "·" + (z > 0 ? "1" : Numbers.format(LEAKY_SLOPE)) + "  (z = " + Numbers.format(z) + ")";
        }

        @Override
        String slopeWords(double z) {
            return z > 0 ? "gate.open" : "leaky.closed";
        }

        @Override
        double[] slopeConstants() {
            return new double[] {LEAKY_SLOPE};
        }
    },
    SIGMOID("sigmoid",
            new EquationLine("forward.activation.sigmoid", "Sigmoid",
                    "a = \\sigma(z) = \\frac{1}{1 + e^{-z}}", "a = σ(z) = 1 / (1 + e^(−z))"),
            new EquationLine("backward.activation.sigmoid", "Sigmoid derivative",
                    "\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\cdot \\sigma(z)\\,(1 - \\sigma(z))",
                    "dL/dz = dL/da · σ(z)·(1 − σ(z))")) {
        @Override
        public double apply(double z) {
            // Two branches so that exp never overflows: the result is the same number either way.
            if (z >= 0) {
                return 1.0 / (1.0 + StrictMath.exp(-z));
            }
            double e = StrictMath.exp(z);
            return e / (1.0 + e);
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1.0 - a);
        }

        @Override
        String valueText(double z) {
            return "σ(" + Numbers.format(z) + ")";
        }

        @Override
        String slopeText(String upstream, double z, double a) {
            return upstream + "·" + Numbers.format(a) + "·(1 - " + Numbers.format(a) + ")";
        }

        @Override
        String slopeWords(double z) {
            return "slope.sigmoid";
        }
    },
    TANH("tanh",
            new EquationLine("forward.activation.tanh", "Tanh",
                    "a = \\tanh(z)", "a = tanh(z)"),
            new EquationLine("backward.activation.tanh", "Tanh derivative",
                    "\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\cdot (1 - \\tanh^2 z)",
                    "dL/dz = dL/da · (1 − tanh²(z))")) {
        @Override
        public double apply(double z) {
            return StrictMath.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0 - a * a;
        }

        @Override
        String valueText(double z) {
            return "tanh(" + Numbers.format(z) + ")";
        }

        @Override
        String slopeText(String upstream, double z, double a) {
            return upstream + "·(1 - " + Numbers.factor(a) + "²)";
        }

        @Override
        String slopeWords(double z) {
            return "slope.tanh";
        }
    },
    IDENTITY("identity",
            new EquationLine("forward.activation.identity", "Identity",
                    "a = z", "a = z"),
            new EquationLine("backward.activation.identity", "Identity derivative",
                    "\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\cdot 1",
                    "dL/dz = dL/da · 1")) {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0;
        }

        @Override
        String valueText(double z) {
            return Numbers.format(z);
        }

        @Override
        String slopeText(String upstream, double z, double a) {
            return upstream + "·1";
        }

        @Override
        String slopeWords(double z) {
            return "slope.identity";
        }
    };

    /** Slope of leaky ReLU for negative pre-activations. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String fileName;
    private final EquationLine forwardLine;
    private final EquationLine derivativeLine;

    Activation(String fileName, EquationLine forwardLine, EquationLine derivativeLine) {
        this.fileName = fileName;
        this.forwardLine = forwardLine;
        this.derivativeLine = derivativeLine;
    }

    /** The activation of pre-activation {@code z}. */
    public abstract double apply(double z);

    /** The local derivative da/dz, given both the pre-activation and its activation. */
    public abstract double derivative(double z, double a);

    @Override
    public String fileName() {
        return fileName;
    }

    public EquationLine forwardLine() {
        return forwardLine;
    }

    public EquationLine derivativeLine() {
        return derivativeLine;
    }

    /**
     * ReLU-like activations bend at 0: they start from He's weight range rather than Glorot's, and
     * a finite difference across their kink says nothing about the gradient.
     */
    public boolean reluLike() {
        return false;
    }

    /** Whether a unit with pre-activation {@code z} passes nothing back (a closed ReLU gate). */
    public boolean closesGate(double z) {
        return false;
    }

    /** The forward line with {@code z} substituted, e.g. {@code max(0, 0.46)}. */
    abstract String valueText(double z);

    /** The derivative line's right-hand side with the numbers substituted; {@code upstream} is written already. */
    abstract String slopeText(String upstream, double z, double a);

    /** The key of the slope's spoken sentence (see {@link Working.Form#words}). */
    abstract String slopeWords(double z);

    /** Constants the slope's sentence names after dL/da, z and a (the leaky slope). */
    double[] slopeConstants() {
        return new double[0];
    }

    /** The working of {@code a = f(z)}. */
    public Working value(Working.Read z) {
        return new Working.Formula(valueForm, List.of(z));
    }

    /** The working of {@code dL/dz = dL/da · f'(z)}, reading dL/da, z and a. */
    public Working slope(Working.Read upstream, Working.Read z, Working.Read a) {
        List<Working.Value> arguments = new ArrayList<>(List.of(upstream, z, a));
        for (double c : slopeConstants()) {
            arguments.add(new Working.Constant(c));
        }
        return new Working.Formula(slopeForm, arguments);
    }

    /** f(z): written by {@link #valueText}, said as "applied to" z. */
    private final Working.Form valueForm = Working.Form.of(args -> valueText(args.get(0).value()), args -> "applied",
            false);

    /** dL/da · f'(z), reading (dL/da, z, a): written by {@link #slopeText}, said as {@link #slopeWords} names. */
    private final Working.Form slopeForm = Working.Form.of(
            args -> slopeText(Numbers.factor(args.get(0).value()), args.get(1).value(), args.get(2).value()),
            args -> slopeWords(args.get(1).value()), false);

    public static String allowedNames() {
        return FileNamed.names(List.of(values()));
    }

    /** The activation with this file name, or null. */
    public static Activation byFileName(String name) {
        return FileNamed.find(List.of(values()), name);
    }
}
