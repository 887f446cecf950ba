package org.backstep.replay;

import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.trace.EventLog;

/**
 * A condition on events ("stop when …"): which quantities (by the trace's name with {@code *} as a
 * wildcard, or by any other test of their slots), a phase, a condition on the value, or several of
 * these at once. Matching reads only the log's slot and value columns, so scanning millions of
 * events is fast.
 */
public final class Breakpoint {
    /** Which slots a breakpoint is about; asked once per slot of a lesson, never per event. */
    @FunctionalInterface
    public interface SlotTest {
        boolean test(Quantities quantities, int slot);
    }

    private static final SlotTest NONE = (q, slot) -> false;

    private final String description;
    private final SlotTest slots;
    private final Phase phase;
    private final DoublePredicate value;
    private Quantities maskFor;
    private boolean[] mask;

    private Breakpoint(String description, SlotTest slots, Phase phase, DoublePredicate value) {
        this.description = description;
        this.slots = slots;
        this.phase = phase;
        this.value = value;
    }

    /** Events writing a quantity with this name; {@code *} matches any text, e.g. {@code dL/dW*}. */
    public static Breakpoint quantity(String name) {
        Pattern pattern = glob(name);
        return new Breakpoint("quantity " + name, (q, slot) -> pattern.matcher(q.name(slot)).matches(), null, null);
    }

    /** Events writing a slot that {@code slots} accepts; {@code description} says which in words. */
    public static Breakpoint slots(String description, SlotTest slots) {
        return new Breakpoint(description, slots, null, null);
    }

    /** The regular expression of a name with {@code *} standing for any text. */
    public static Pattern glob(String name) {
        String[] parts = name.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
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
        String both = description + " and " + other.description;
        if (phase != null && other.phase != null && phase != other.phase) {
            return new Breakpoint(both, NONE, null, null);
        }
        SlotTest a = slots;
        SlotTest b = other.slots;
        SlotTest s = a == null ? b : b == null ? a : (q, slot) -> a.test(q, slot) && b.test(q, slot);
        DoublePredicate v = value == null ? other.value : other.value == null ? value : value.and(other.value);
        return new Breakpoint(both, s, phase != null ? phase : other.phase, v);
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
                    && (slots == null || slots.test(quantities, slot));
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
