package org.backstep.engine;

/**
 * Activation functions. Each keeps its forward formula, its local derivative and the equation lines
 * shown to students side by side, so that the maths on screen and the maths computed cannot drift.
 * Transcendental functions go through {@link StrictMath} so every machine prints the same digits.
 */
public enum Activation {
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
    },
    LEAKY_RELU("leaky_relu",
            new EquationLine("forward.activation.leaky_relu", "Leaky ReLU",
                    "a = \\left\\{\\begin{array}{ll}z & \\text{if } z > 0\\\\ 0.01\\,z & \\text{if } z \\le 0\\end{array}\\right.", "a = z if z > 0, else 0.01·z"),
            new EquationLine("backward.activation.leaky_relu", "Leaky ReLU gate",
                    "\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\cdot \\left\\{\\begin{array}{ll}1 & \\text{if } z > 0\\\\ 0.01 & \\text{if } z \\le 0\\end{array}\\right.",
                    "dL/dz = dL/da · (1 if z > 0, else 0.01)")) {
        @Override
        public double apply(double z) {
            return z > 0 ? z : LEAKY_SLOPE * z;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : LEAKY_SLOPE;
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

    public String fileName() {
        return fileName;
    }

    public EquationLine forwardLine() {
        return forwardLine;
    }

    public EquationLine derivativeLine() {
        return derivativeLine;
    }

    /** ReLU-like units pass nothing back when their pre-activation is not positive. */
    public boolean gates() {
        return this == RELU;
    }

    public static String allowedNames() {
        StringBuilder sb = new StringBuilder();
        for (Activation a : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(a.fileName);
        }
        return sb.toString();
    }

    /** The activation with this file name, or null. */
    public static Activation byFileName(String name) {
        for (Activation a : values()) {
            if (a.fileName.equals(name)) {
                return a;
            }
        }
        return null;
    }
}
