package org.backstep.engine;

/**
 * Loss functions. {@link #term} is one output's contribution for one sample before averaging;
 * {@link #scale} turns the sum of terms into the lesson's loss (a mean over samples, and for
 * {@code bce} and {@code mse} also over outputs).
 */
public enum Loss {
    /**
     * Binary cross-entropy. The displayed formula uses ŷ; the computed one uses the output unit's
     * pre-activation z (ŷ = σ(z)), which is the same number where ŷ is strictly inside (0, 1) and
     * stays finite where ŷ rounds to exactly 0 or 1. Requires a sigmoid output layer.
     */
    BCE("bce",
            new EquationLine("loss.bce", "Binary cross-entropy",
                    "L = -\\operatorname{mean}\\left[\\, y \\log \\hat{y} + (1 - y) \\log(1 - \\hat{y}) \\,\\right]",
                    "L = −mean[ y·log(ŷ) + (1 − y)·log(1 − ŷ) ]"),
            new EquationLine("backward.loss.bce", "Gradient of the loss at the output",
                    "\\frac{\\partial L}{\\partial \\hat{y}} = \\frac{1}{NK}\\left(-\\frac{y}{\\hat{y}} + \\frac{1 - y}{1 - \\hat{y}}\\right)",
                    "dL/dŷ = (1/NK)·( −y/ŷ + (1 − y)/(1 − ŷ) )")) {
        @Override
        public double term(double y, double yHat, double z) {
            // max(z,0) - z*y + log(1 + e^-|z|) equals -[y log σ(z) + (1-y) log(1-σ(z))] without overflow.
            return Math.max(z, 0.0) - z * y + StrictMath.log1p(StrictMath.exp(-Math.abs(z)));
        }

        @Override
        public double gradient(double y, double yHat, double z) {
            // (ŷ - y) / (ŷ(1 - ŷ)), with ŷ(1 - ŷ) = σ(z)σ(-z) computed so it does not round to 0 early.
            double e = StrictMath.exp(-Math.abs(z));
            double spread = e / ((1.0 + e) * (1.0 + e));
            double g = (yHat - y) / Math.max(spread, Double.MIN_NORMAL);
            return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, g));
        }

        @Override
        public double scale(int samples, int outputs) {
            return 1.0 / ((double) samples * outputs);
        }
    },
    MSE("mse",
            new EquationLine("loss.mse", "Mean squared error",
                    "L = \\operatorname{mean}\\left[ (y - \\hat{y})^2 \\right]",
                    "L = mean[ (y − ŷ)² ]"),
            new EquationLine("backward.loss.mse", "Gradient of the loss at the output",
                    "\\frac{\\partial L}{\\partial \\hat{y}} = \\frac{2}{NK}(\\hat{y} - y)",
                    "dL/dŷ = (2/NK)·(ŷ − y)")) {
        @Override
        public double term(double y, double yHat, double z) {
            double d = y - yHat;
            return d * d;
        }

        @Override
        public double gradient(double y, double yHat, double z) {
            return 2.0 * (yHat - y);
        }

        @Override
        public double scale(int samples, int outputs) {
            return 1.0 / ((double) samples * outputs);
        }
    },
    HALF_SSE("half_sse",
            new EquationLine("loss.half_sse", "Half the sum of squared errors",
                    "L = \\operatorname{mean}_{\\text{samples}} \\sum_{k} \\tfrac{1}{2}(y_k - \\hat{y}_k)^2",
                    "L = mean over samples of Σ_k ½·(y_k − ŷ_k)²"),
            new EquationLine("backward.loss.half_sse", "Gradient of the loss at the output",
                    "\\frac{\\partial L}{\\partial \\hat{y}} = \\frac{1}{N}(\\hat{y} - y)",
                    "dL/dŷ = (1/N)·(ŷ − y)")) {
        @Override
        public double term(double y, double yHat, double z) {
            double d = y - yHat;
            return 0.5 * d * d;
        }

        @Override
        public double gradient(double y, double yHat, double z) {
            return yHat - y;
        }

        @Override
        public double scale(int samples, int outputs) {
            return 1.0 / samples;
        }
    };

    private final String fileName;
    private final EquationLine lossLine;
    private final EquationLine gradientLine;

    Loss(String fileName, EquationLine lossLine, EquationLine gradientLine) {
        this.fileName = fileName;
        this.lossLine = lossLine;
        this.gradientLine = gradientLine;
    }

    /** One output's contribution to the loss for one sample, before {@link #scale}. */
    public abstract double term(double y, double yHat, double z);

    /** d(term)/dŷ for one output of one sample, before {@link #scale}. */
    public abstract double gradient(double y, double yHat, double z);

    /** The factor that turns a sum of terms over samples and outputs into the loss. */
    public abstract double scale(int samples, int outputs);

    public String fileName() {
        return fileName;
    }

    public EquationLine lossLine() {
        return lossLine;
    }

    public EquationLine gradientLine() {
        return gradientLine;
    }

    /** Whether targets must lie in [0, 1]. */
    public boolean needsProbabilityTargets() {
        return this == BCE;
    }

    public static String allowedNames() {
        StringBuilder sb = new StringBuilder();
        for (Loss l : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(l.fileName);
        }
        return sb.toString();
    }

    /** The loss with this file name, or null. */
    public static Loss byFileName(String name) {
        for (Loss l : values()) {
            if (l.fileName.equals(name)) {
                return l;
            }
        }
        return null;
    }
}
