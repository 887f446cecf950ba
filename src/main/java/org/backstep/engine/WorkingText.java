package org.backstep.engine;

import java.util.List;

/**
 * A working written out as the maths panel and the trace show it, e.g.
 * {@code z1[0] = 0.5·0.8 + (-0.2)·0.2 + 0.1 = 0.46}: numbers as {@link Numbers} writes them, a
 * negative term or factor in parentheses, a running sum's earlier value as it is.
 */
public final class WorkingText implements Working.Visitor<String> {
    /** Sums with more terms than this show their first and last terms around an ellipsis. */
    public static final int MAX_TERMS = 8;

    private static final WorkingText TEXT = new WorkingText();

    private WorkingText() {
    }

    /**
     * The whole line: the quantity written, its working, and the value it got; an update
     * assigns ({@code :=}), every other event computes ({@code =}).
     */
    public static String line(String target, Working working, double result, boolean assigns) {
        return target + (assigns ? " := " : " = ") + of(working) + " = " + Numbers.format(result);
    }

    /** The working alone. */
    public static String of(Working working) {
        return working.accept(TEXT);
    }

    @Override
    public String read(Working.Read read) {
        return Numbers.factor(read.value());
    }

    @Override
    public String constant(Working.Constant constant) {
        return Numbers.factor(constant.value());
    }

    @Override
    public String product(Working.Product product) {
        return product.left().accept(this) + "·" + product.right().accept(this);
    }

    @Override
    public String sum(Working.Sum sum) {
        List<Working> terms = sum.terms();
        StringBuilder sb = new StringBuilder();
        int n = terms.size();
        for (int t = 0; t < n; t++) {
            if (n > MAX_TERMS && t == MAX_TERMS - 2) {
                sb.append(" + … (").append(n - MAX_TERMS + 1).append(" more terms)");
                t = n - 2;
                continue;
            }
            sb.append(t == 0 ? "" : " + ").append(terms.get(t).accept(this));
        }
        return sb.toString();
    }

    @Override
    public String soFar(Working.SoFar soFar) {
        return Numbers.format(soFar.sum().value()) + " + " + soFar.part().accept(this);
    }

    @Override
    public String same(Working.Same same) {
        return same.value().accept(this);
    }

    @Override
    public String scaled(Working.Scaled scaled) {
        String body = scaled.body().accept(this);
        if (scaled.numerator() == 1 && scaled.denominator() == 1) {
            return body;
        }
        String prefix = "(" + scaled.numerator() + "/" + scaled.denominator() + ")·";
        return prefix + (compound(scaled.body()) ? "(" + body + ")" : body);
    }

    @Override
    public String formula(Working.Formula formula) {
        return formula.form().text(formula.arguments());
    }

    private static boolean compound(Working body) {
        return body instanceof Working.Sum sum ? sum.terms().size() > 1
                : body instanceof Working.Formula f && f.form().compound();
    }
}
