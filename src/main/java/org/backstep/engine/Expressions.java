package org.backstep.engine;

import java.util.function.IntToDoubleFunction;

/**
 * The line an event instantiates, written out with the numbers it read and the value it wrote,
 * e.g. {@code z1[0] = 0.5·0.8 + (-0.2)·0.2 + 0.1 = 0.46}. Pure text substitution of recorded
 * values: nothing is recomputed here.
 */
public final class Expressions {
    /** Sums with more terms than this show their first and last terms around an ellipsis. */
    private static final int MAX_TERMS = 8;

    private Expressions() {
    }

    /**
     * @param before the value each slot held just before the event
     * @param result the value the event wrote
     */
    public static String render(Quantities q, int slot, int sample, IntToDoubleFunction before, double result,
                                double learningRate) {
        NetworkShape shape = q.shape();
        int[] ops = q.operands(slot, sample);
        String target = q.name(slot);
        String body;
        switch (q.kind(slot)) {
            case PRE_ACTIVATION: {
                int fanIn = (ops.length - 1) / 2;
                String[] terms = new String[fanIn + 1];
                for (int j = 0; j < fanIn; j++) {
                    terms[j] = Numbers.factor(before.applyAsDouble(ops[2 * j])) + "·"
                            + Numbers.factor(before.applyAsDouble(ops[2 * j + 1]));
                }
                terms[fanIn] = Numbers.factor(before.applyAsDouble(ops[2 * fanIn]));
                body = sum(terms);
                break;
            }
            case ACTIVATION:
                body = activation(shape.activation(q.layerOf(slot)), before.applyAsDouble(ops[0]));
                break;
            case LOSS:
                body = loss(q, ops, sample, before);
                break;
            case ACTIVATION_GRADIENT:
                if (q.layerOf(slot) == shape.layers() - 1) {
                    body = lossGradient(q, before.applyAsDouble(ops[0]), before.applyAsDouble(ops[1]));
                } else {
                    String[] terms = new String[ops.length / 2];
                    for (int n = 0; n < terms.length; n++) {
                        terms[n] = Numbers.factor(before.applyAsDouble(ops[2 * n])) + "·"
                                + Numbers.factor(before.applyAsDouble(ops[2 * n + 1]));
                    }
                    body = sum(terms);
                }
                break;
            case PRE_ACTIVATION_GRADIENT:
                body = activationGradient(q, slot, ops, before);
                break;
            case PARAMETER_GRADIENT: {
                int at = sample > 0 ? 1 : 0;
                String product = ops.length - at == 2
                        ? Numbers.factor(before.applyAsDouble(ops[at])) + "·" + Numbers.factor(before.applyAsDouble(ops[at + 1]))
                        : Numbers.factor(before.applyAsDouble(ops[at]));
                body = at == 1 ? Numbers.format(before.applyAsDouble(ops[0])) + " + " + product : product;
                break;
            }
            case PARAMETER:
                body = Numbers.format(before.applyAsDouble(ops[0])) + " - " + Numbers.factor(learningRate) + "·"
                        + Numbers.factor(before.applyAsDouble(ops[1]));
                return target + " := " + body + " = " + Numbers.format(result);
            default:
                return target + " = " + Numbers.format(result);
        }
        return target + " = " + body + " = " + Numbers.format(result);
    }

    private static String sum(String[] terms) {
        StringBuilder sb = new StringBuilder();
        int n = terms.length;
        for (int t = 0; t < n; t++) {
            if (n > MAX_TERMS && t == MAX_TERMS - 2) {
                sb.append(" + … (").append(n - MAX_TERMS + 1).append(" more terms)");
                t = n - 2;
                continue;
            }
            sb.append(t == 0 ? "" : " + ").append(terms[t]);
        }
        return sb.toString();
    }

    private static String activation(Activation f, double z) {
        String arg = Numbers.format(z);
        return switch (f) {
            case RELU -> "max(0, " + arg + ")";
            case LEAKY_RELU -> z > 0 ? arg : "0.01·" + Numbers.factor(z);
            case SIGMOID -> "σ(" + arg + ")";
            case TANH -> "tanh(" + arg + ")";
            case IDENTITY -> arg;
        };
    }

    private static String scalePrefix(Quantities q, int numerator) {
        int samples = q.samples();
        int outputs = q.shape().outputs();
        Loss loss = q.shape().loss();
        int denominator = loss == Loss.HALF_SSE ? samples : samples * outputs;
        if (denominator == 1 && numerator == 1) {
            return "";
        }
        return "(" + numerator + "/" + denominator + ")·";
    }

    private static String loss(Quantities q, int[] ops, int sample, IntToDoubleFunction before) {
        Loss loss = q.shape().loss();
        int at = sample > 0 ? 1 : 0;
        String[] terms = new String[(ops.length - at) / 3];
        for (int k = 0; k < terms.length; k++) {
            String y = Numbers.format(before.applyAsDouble(ops[at + 3 * k]));
            String yHat = Numbers.format(before.applyAsDouble(ops[at + 3 * k + 1]));
            terms[k] = switch (loss) {
                case BCE -> "-[" + y + "·log(" + yHat + ") + (1 - " + y + ")·log(1 - " + yHat + ")]";
                case MSE -> "(" + y + " - " + yHat + ")²";
                case HALF_SSE -> "½·(" + y + " - " + yHat + ")²";
            };
        }
        String prefix = scalePrefix(q, 1);
        String sum = sum(terms);
        String scaled = prefix.isEmpty() ? sum : prefix + (terms.length > 1 ? "(" + sum + ")" : sum);
        return at == 1 ? Numbers.format(before.applyAsDouble(ops[0])) + " + " + scaled : scaled;
    }

    private static String lossGradient(Quantities q, double y, double yHat) {
        String ys = Numbers.format(y);
        String yh = Numbers.format(yHat);
        return switch (q.shape().loss()) {
            case BCE -> {
                String body = "-" + ys + "/" + yh + " + (1 - " + ys + ")/(1 - " + yh + ")";
                String prefix = scalePrefix(q, 1);
                yield prefix.isEmpty() ? body : prefix + "(" + body + ")";
            }
            case MSE -> scalePrefix(q, 2) + "(" + yh + " - " + ys + ")";
            case HALF_SSE -> scalePrefix(q, 1) + "(" + yh + " - " + ys + ")";
        };
    }

    private static String activationGradient(Quantities q, int slot, int[] ops, IntToDoubleFunction before) {
        Activation f = q.shape().activation(q.layerOf(slot));
        String upstream = Numbers.factor(before.applyAsDouble(ops[0]));
        double z = before.applyAsDouble(ops[1]);
        double a = before.applyAsDouble(ops[2]);
        return switch (f) {
            case RELU -> upstream + "·" + (z > 0 ? "1" : "0") + "  (z = " + Numbers.format(z) + (z > 0 ? " > 0)" : " ≤ 0: gate closed)");
            case LEAKY_RELU -> upstream + "·" + (z > 0 ? "1" : "0.01") + "  (z = " + Numbers.format(z) + ")";
            case SIGMOID -> upstream + "·" + Numbers.format(a) + "·(1 - " + Numbers.format(a) + ")";
            case TANH -> upstream + "·(1 - " + Numbers.factor(a) + "²)";
            case IDENTITY -> upstream + "·1";
        };
    }
}
