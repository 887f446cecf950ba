package org.backstep.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Loss functions. {@link #term} is one output's contribution for one sample before averaging;
 * {@link #scale} turns the sum of terms into the lesson's loss (a mean over samples, and for
 * {@code bce} and {@code mse} also over outputs). Each loss also keeps its equation lines, how they
 * are written with numbers substituted, and what it asks of the output layer and the targets.
 */
public enum Loss implements FileNamed {
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
        public Activation requiredOutput() {
            return Activation.SIGMOID;
        }

        @Override
        public String whyThatOutput() {
            return "its outputs must lie between 0 and 1";
        }

        @Override
        public boolean needsProbabilityTargets() {
            return true;
        }

        @Override
        public boolean fusesWith(Activation output) {
            return output == Activation.SIGMOID;
        }

        @Override
        public double fusedDelta(double y, double yHat) {
            return yHat - y;
        }

        @Override
        String termText(String y, String yHat) {
            return "-[" + y + "·log(" + yHat + ") + (1 - " + y + ")·log(1 - " + yHat + ")]";
        }

        @Override
        String gradientText(String y, String yHat) {
            return "-" + y + "/" + yHat + " + (1 - " + y + ")/(1 - " + yHat + ")";
        }

        @Override
        boolean gradientIsSum() {
            return true;
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
        String termText(String y, String yHat) {
            return "(" + y + " - " + yHat + ")²";
        }

        @Override
        int gradientNumerator() {
            return 2;
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
        public int denominator(int samples, int outputs) {
            return samples;
        }

        @Override
        String termText(String y, String yHat) {
            return "½·(" + y + " - " + yHat + ")²";
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
    public final double scale(int samples, int outputs) {
        return 1.0 / denominator(samples, outputs);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    public EquationLine lossLine() {
        return lossLine;
    }

    public EquationLine gradientLine() {
        return gradientLine;
    }

    /** The denominator of {@link #scale}: how many terms the loss is the mean of. */
    public int denominator(int samples, int outputs) {
        return samples * outputs;
    }

    /** The activation the output layer must have, or null when any will do. */
    public Activation requiredOutput() {
        return null;
    }

    /** Why {@link #requiredOutput} is needed, for the message that asks for it. */
    public String whyThatOutput() {
        return "";
    }

    /** Whether targets must lie in [0, 1]. */
    public boolean needsProbabilityTargets() {
        return false;
    }

    /**
     * Whether dL/dz of an output unit with this activation is computed in one go, by
     * {@link #fusedDelta}, rather than as dL/dŷ times the activation's slope: for cross-entropy on
     * a sigmoid, (ŷ − y) stays finite where ŷ rounds to 0 or 1.
     */
    public boolean fusesWith(Activation output) {
        return false;
    }

    /** dL/dz of an output unit for one sample, before {@link #scale}, where {@link #fusesWith} holds. */
    public double fusedDelta(double y, double yHat) {
        throw new UnsupportedOperationException(fileName + " computes dL/dz through dL/dŷ");
    }

    /** One output's term of the loss line with the numbers substituted. */
    abstract String termText(String y, String yHat);

    /** The gradient line's right-hand side before scaling; most losses take (ŷ − y). */
    String gradientText(String y, String yHat) {
        return "(" + yHat + " - " + y + ")";
    }

    /** Whether {@link #gradientText} is a sum, and needs parentheses when scaled. */
    boolean gradientIsSum() {
        return false;
    }

    /** The factor of the gradient line in front of 1/denominator. */
    int gradientNumerator() {
        return 1;
    }

    /**
     * The working of the loss over one sample's outputs: each output's (y, ŷ, z), scaled to the
     * mean over {@code samples} samples.
     */
    public Working valueWorking(List<Working.Read[]> outputs, int samples) {
        List<Working> terms = new ArrayList<>();
        for (Working.Read[] yyz : outputs) {
            terms.add(new Working.Formula(termForm, List.of(yyz)));
        }
        return new Working.Scaled(1, denominator(samples, outputs.size()), new Working.Sum(terms));
    }

    /** The working of dL/dŷ of one output, reading its y, ŷ and z. */
    public Working gradientWorking(Working.Read y, Working.Read yHat, Working.Read z, int samples, int outputs) {
        return new Working.Scaled(gradientNumerator(), denominator(samples, outputs),
                new Working.Formula(gradientForm, List.of(y, yHat, z)));
    }

    /** A term and the gradient of (y, ŷ, z), written from y and ŷ, each said as ŷ "against" y. */
    private final Working.Form termForm = Working.Form.of(args -> termText(format(args, 0), format(args, 1)),
            args -> "against", false);
    private final Working.Form gradientForm = Working.Form.of(args -> gradientText(format(args, 0), format(args, 1)),
            args -> "against", gradientIsSum());

    private static String format(List<Working.Value> arguments, int i) {
        return Numbers.format(arguments.get(i).value());
    }

    public static String allowedNames() {
        return FileNamed.names(List.of(values()));
    }

    /** The loss with this file name, or null. */
    public static Loss byFileName(String name) {
        return FileNamed.find(List.of(values()), name);
    }
}
