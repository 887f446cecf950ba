package org.backstep.ui.transport;

import java.util.Locale;
import org.backstep.engine.Phase;
import org.backstep.replay.Breakpoint;

/**
 * Reads what a student types into "stop when …": a quantity name ({@code dL/dW*}), a phase
 * ({@code backward}), a condition on the value ({@code |v| < 1e-6}, {@code |v| > 10},
 * {@code not finite}), or several joined by {@code and}.
 */
final class BreakpointSyntax {
    private BreakpointSyntax() {
    }

    /** The breakpoint, or throws IllegalArgumentException with a message for the student. */
    static Breakpoint parse(String text) {
        Breakpoint result = null;
        for (String part : text.trim().split("\\s+and\\s+")) {
            Breakpoint b = parsePart(part.trim());
            result = result == null ? b : result.and(b);
        }
        return result;
    }

    private static Breakpoint parsePart(String part) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("empty condition");
        }
        String lower = part.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.startsWith("phase=")) {
            lower = lower.substring(6);
        }
        for (Phase p : Phase.values()) {
            if (p.fileName().equals(lower)) {
                return Breakpoint.phase(p);
            }
        }
        if (lower.equals("notfinite") || lower.equals("nan")) {
            return Breakpoint.notFinite();
        }
        if (lower.startsWith("|v|<") || lower.startsWith("|v|>")) {
            double bound;
            try {
                // A decimal comma, as the window shows numbers in Spanish and German, is read too.
                bound = Double.parseDouble(lower.substring(4).replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + part.substring(part.indexOf(lower.charAt(3)) + 1).trim()
                        + "\" is not a number");
            }
            return lower.charAt(3) == '<' ? Breakpoint.magnitudeBelow(bound) : Breakpoint.magnitudeAbove(bound);
        }
        if (part.contains(" ")) {
            throw new IllegalArgumentException("\"" + part + "\" is neither a quantity, a phase nor |v| < number");
        }
        return Breakpoint.quantity(part);
    }
}
