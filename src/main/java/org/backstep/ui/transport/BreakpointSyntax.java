package org.backstep.ui.transport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.lesson.QuantityNames;
import org.backstep.replay.Breakpoint;

/**
 * Reads what a student types into "stop when …": a quantity by the name the window shows
 * ({@code h1}, {@code ŷ}, {@code w(x1→h1)} or {@code w(x1->h1)}, {@code b(h1)}, {@code z(h1)},
 * {@code dL/dh1} or {@code ∂L/∂h1}, {@code dL/dw(x1→h1)}) or by the trace's name
 * ({@code dL/dW1[0][0]}), with {@code *} for any text; a phase ({@code backward}, or its word in
 * the window's language); a condition on the value ({@code |v| < 1e-6}, {@code |v| > 10},
 * {@code not finite}); or several joined by {@code and}. No Swing: the transport bar shows what
 * this understood, or why not.
 */
final class BreakpointSyntax {
    /** Why a condition was not understood; each has a text in the bundles ({@code transport.breakpoint.problem.*}). */
    enum Reason {
        /** Nothing between two "and"s. */
        EMPTY,
        /** The bound of {@code |v| <} is not a number. */
        NOT_A_NUMBER,
        /** No quantity of the lesson has this name. */
        UNKNOWN_QUANTITY,
        /** The name is an input's or a target's: given, so no event computes it. */
        GIVEN_QUANTITY
    }

    /** A part of the condition that was not understood, and why. */
    static final class NotUnderstood extends IllegalArgumentException {
        private final Reason reason;
        private final String text;

        NotUnderstood(Reason reason, String text) {
            super(reason + ": " + text);
            this.reason = reason;
            this.text = text;
        }

        Reason reason() {
            return reason;
        }

        /** The words not understood, as the student typed them. */
        String text() {
            return text;
        }
    }

    /**
     * What was understood: the breakpoint, and the quantities it names written for reading,
     * "w(x1→h1) (W1[0][0])", each once, in the order of the trace (empty when no part names one).
     */
    record Understood(Breakpoint breakpoint, List<String> quantities) {
    }

    /** "and" between two conditions; at either end it leaves an empty condition, which is said so. */
    private static final Pattern AND = Pattern.compile("(?:^|\\s+)(?i:and)(?:\\s+|$)");
    private static final Pattern BOUND = Pattern.compile("\\|(v|value)\\|([<>])(.*)");

    private BreakpointSyntax() {
    }

    /**
     * @param names      the open lesson's names, for the quantities
     * @param phaseWords extra words for the phases (the window's own, in its language), lower case
     */
    static Understood parse(String text, QuantityNames names, Map<String, Phase> phaseWords) {
        Breakpoint result = null;
        Set<String> quantities = new LinkedHashSet<>();
        for (String part : AND.split(text.trim(), -1)) {
            Breakpoint b = parsePart(part.trim(), names, phaseWords, quantities);
            result = result == null ? b : result.and(b);
        }
        return new Understood(result, List.copyOf(quantities));
    }

    private static Breakpoint parsePart(String part, QuantityNames names, Map<String, Phase> phaseWords,
                                        Set<String> quantities) {
        if (part.isEmpty()) {
            throw new NotUnderstood(Reason.EMPTY, part);
        }
        String compact = part.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String word = compact.startsWith("phase=") ? compact.substring(6) : compact;
        for (Phase p : Phase.values()) {
            if (p.fileName().equals(word)) {
                return Breakpoint.phase(p);
            }
        }
        if (phaseWords.containsKey(word)) {
            return Breakpoint.phase(phaseWords.get(word));
        }
        if (List.of("notfinite", "nan", "inf", "infinite").contains(compact)) {
            return Breakpoint.notFinite();
        }
        var bound = BOUND.matcher(compact);
        if (bound.matches()) {
            double limit;
            try {
                // A decimal comma, as the window shows numbers in Spanish and German, is read too.
                limit = Double.parseDouble(bound.group(3).replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new NotUnderstood(Reason.NOT_A_NUMBER, part.substring(part.indexOf(bound.group(2)) + 1).trim());
            }
            return bound.group(2).equals("<") ? Breakpoint.magnitudeBelow(limit) : Breakpoint.magnitudeAbove(limit);
        }
        return quantity(part, names, quantities);
    }

    /** The events writing a quantity of this name; a name no written quantity has is not understood. */
    private static Breakpoint quantity(String part, QuantityNames names, Set<String> quantities) {
        Pattern pattern = Breakpoint.glob(QuantityNames.normalized(part));
        Quantities q = names.quantities();
        boolean named = false;
        List<String> found = new ArrayList<>();
        for (int slot = 0; slot < q.slotCount(); slot++) {
            if (matches(pattern, names, slot)) {
                named = true;
                if (q.phaseOf(slot) != null) {
                    found.add(names.shown(slot) + " (" + names.traced(slot) + ")");
                }
            }
        }
        if (found.isEmpty()) {
            throw new NotUnderstood(named ? Reason.GIVEN_QUANTITY : Reason.UNKNOWN_QUANTITY, part);
        }
        quantities.addAll(found);
        return Breakpoint.slots("quantity " + part, (asked, slot) -> matches(pattern,
                asked == q ? names : new QuantityNames(names.lesson(), asked), slot));
    }

    private static boolean matches(Pattern pattern, QuantityNames names, int slot) {
        for (String spelling : names.spellings(slot)) {
            if (pattern.matcher(QuantityNames.normalized(spelling)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names from the open lesson for the help's examples: a hidden (or the first) unit, the
     * output, an input, the weight from that input to the unit and the trace's names of it.
     */
    record Examples(String unit, String output, String input, String weight, String weightAscii, String bias,
                    String weightTraced) {
        static Examples of(QuantityNames names) {
            NetworkShape shape = names.quantities().shape();
            String unit = names.unit(0, 0);
            String output = names.unit(shape.layers() - 1, 0);
            String input = names.source(0, 0);
            String weight = names.parameter(shape.weightIndex(0, 0, 0));
            return new Examples(unit, output, input, weight, weight.replace("→", "->"),
                    names.parameter(shape.biasIndex(0, 0)), shape.parameterName(shape.weightIndex(0, 0, 0)));
        }
    }
}
