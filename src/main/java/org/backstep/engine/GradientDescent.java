package org.backstep.engine;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Plain gradient descent: {@code w := w − η·dL/dw}, and nothing kept between updates. */
public record GradientDescent(double learningRate) implements Optimizer {
    public static final Optimizer.Kind KIND = new Optimizer.Kind("sgd", List.of(LEARNING_RATE),
            values -> new GradientDescent(Optimizer.Kind.value(LEARNING_RATE, values)));
    public static final EquationLine UPDATE = new EquationLine("update.sgd", "Gradient descent update",
            "w \\leftarrow w - \\eta \\cdot \\frac{\\partial L}{\\partial w}", "w := w − η · dL/dw");

    private static final Working.Form FORM = new Working.Form() {
        @Override
        public String text(List<Working.Value> arguments) {
            return Numbers.format(arguments.get(0).value()) + " - " + Numbers.factor(arguments.get(1).value()) + "·"
                    + Numbers.factor(arguments.get(2).value());
        }

        @Override
        public String words(List<Working.Value> arguments) {
            return "update";
        }
    };

    public GradientDescent {
        if (!LEARNING_RATE.accepts(learningRate)) {
            throw new IllegalArgumentException("the learning rate " + LEARNING_RATE.problem(learningRate));
        }
    }

    @Override
    public Optimizer.Kind kind() {
        return KIND;
    }

    @Override
    public List<Double> values() {
        return List.of(learningRate);
    }

    @Override
    public Optimizer withLearningRate(double rate) {
        return new GradientDescent(rate);
    }

    @Override
    public EquationLine updateLine() {
        return UPDATE;
    }

    @Override
    public List<Optimizer.StateVariable> state() {
        return List.of();
    }

    @Override
    public void update(double[] p, double[] g, double[] state, int from, int to, long t) {
        for (int n = from; n < to; n++) {
            p[n] = p[n] - learningRate * g[n];
        }
    }

    @Override
    public Working working(int variable, int parameter, Quantities q, IntToDoubleFunction read) {
        int p = q.parameterSlot(parameter);
        int g = q.gradientSlot(parameter);
        return new Working.Formula(FORM, List.of(new Working.Read(p, read.applyAsDouble(p)),
                new Working.Constant(learningRate), new Working.Read(g, read.applyAsDouble(g))));
    }
}
