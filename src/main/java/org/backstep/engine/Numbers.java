package org.backstep.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as students read them: six significant digits, the same text on every machine. */
public final class Numbers {
    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /** Six significant digits, plain notation where that stays short, no locale. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0.0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(SIX_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace("E", "e");
    }

    /** As {@link #format}, in parentheses when negative, for use as a factor or a right operand. */
    public static String factor(double v) {
        String text = format(v);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }
}
