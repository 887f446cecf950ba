package org.backstep.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as students read them: six significant digits, the same text on every machine. */
public final class Numbers {
    private static final MathContext[] DIGITS = new MathContext[7];

    static {
        for (int d = 1; d < DIGITS.length; d++) {
            DIGITS[d] = new MathContext(d, RoundingMode.HALF_EVEN);
        }
    }

    private Numbers() {
    }

    /** Six significant digits, plain notation where that stays short, no locale. */
    public static String format(double v) {
        return format(v, 6);
    }

    /** {@code digits} (1 to 6) significant digits, for small spaces such as a node of a wide layer. */
    public static String format(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0.0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(DIGITS[Math.max(1, Math.min(6, digits))]).stripTrailingZeros();
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace("E", "e");
    }

    private static final java.util.regex.Pattern TYPED =
            java.util.regex.Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    /**
     * A number a student typed: a decimal point or a decimal comma and a typographic minus are
     * accepted; NaN, infinities and anything else are refused.
     */
    public static java.util.OptionalDouble parse(String typed) {
        String text = typed.trim().replace('\u2212', '-');
        if (!TYPED.matcher(text).matches()) {
            return java.util.OptionalDouble.empty();
        }
        double v = Double.parseDouble(text.replace(',', '.'));
        return Double.isFinite(v) ? java.util.OptionalDouble.of(v) : java.util.OptionalDouble.empty();
    }

    /** As {@link #format}, in parentheses when negative, for use as a factor or a right operand. */
    public static String factor(double v) {
        String text = format(v);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }
}
