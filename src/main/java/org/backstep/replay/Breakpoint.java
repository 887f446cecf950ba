package org.backstep.replay;

import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.trace.EventLog;

/**
 * A condition on events ("stop when …"): a quantity name (with {@code *} as a wildcard), a phase,
 * a condition on the value, or several of these at once. Matching reads only the log's slot and
 * value columns, so scanning millions of events is fast.
 */
public final class Breakpoint {
    private final String description;
    private final Pattern quantity;
    private final Phase phase;
    private final DoublePredicate value;
    private Quantities maskFor;
    private boolean[] mask;

    private Breakpoint(String description, Pattern quantity, Phase phase, DoublePredicate value) {
        this.description = description;
        this.quantity = quantity;
        this.phase = phase;
        this.value = value;
    }

    /** Events writing a quantity with this name; {@code *} matches any text, e.g. {@code dL/dW*}. */
    public static Breakpoint quantity(String name) {
        String[] parts = name.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return new Breakpoint("quantity " + name, Pattern.compile(regex.toString()), null, null);
    }

    /** Every event. */
    public static Breakpoint any() {
        return new Breakpoint("any event", null, null, null);
    }

    public static Breakpoint phase(Phase phase) {
        return new Breakpoint("phase " + phase.fileName(), null, phase, null);
    }

    /** Events whose value is smaller than {@code epsilon} in magnitude, e.g. a vanishing gradient. */
    public static Breakpoint magnitudeBelow(double epsilon) {
        return new Breakpoint("|value| < " + epsilon, null, null, v -> Math.abs(v) < epsilon);
    }

    public static Breakpoint magnitudeAbove(double limit) {
        return new Breakpoint("|value| > " + limit, null, null, v -> Math.abs(v) > limit);
    }

    /** Events whose value is NaN or infinite: where training broke down. */
    public static Breakpoint notFinite() {
        return new Breakpoint("value not finite", null, null, v -> !Double.isFinite(v));
    }

    /** Events matching both this breakpoint and {@code other}. */
    public Breakpoint and(Breakpoint other) {
        if (phase != null && other.phase != null && phase != other.phase) {
            return new Breakpoint(description + " and " + other.description, Pattern.compile("(?!)"), null, null);
        }
        Pattern q = quantity == null ? other.quantity : other.quantity == null ? quantity
                : Pattern.compile("(?=" + quantity.pattern() + "$)" + other.quantity.pattern());
        DoublePredicate v = value == null ? other.value : other.value == null ? value : value.and(other.value);
        return new Breakpoint(description + " and " + other.description, q, phase != null ? phase : other.phase, v);
    }

    /** Which slots can match at all; remembered for the last lesson asked about. */
    synchronized boolean[] slotMask(Quantities quantities) {
        if (maskFor == quantities) {
            return mask;
        }
        boolean[] mask = new boolean[quantities.slotCount()];
        for (int slot = 0; slot < mask.length; slot++) {
            mask[slot] = quantities.phaseOf(slot) != null
                    && (phase == null || quantities.phaseOf(slot) == phase)
                    && (quantity == null || quantity.matcher(quantities.name(slot)).matches());
        }
        this.mask = mask;
        this.maskFor = quantities;
        return mask;
    }

    /** True when event {@code seq} of {@code log} meets this condition. */
    public boolean matches(EventLog log, int seq) {
        return slotMask(log.quantities())[log.slot(seq)] && valueMatches(log.value(seq));
    }

    boolean valueMatches(double v) {
        return value == null || value.test(v);
    }

    @Override
    public String toString() {
        return description;
    }

}
