package org.backstep.replay;

import org.backstep.engine.EquationLine;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.engine.QuantityKind;
import org.backstep.engine.Working;
import org.backstep.engine.WorkingText;
import org.backstep.trace.Event;
import org.backstep.trace.EventLog;

/**
 * A position in an event log and everything known there. Position {@code i} means event {@code i}
 * has just happened (it is the active event); -1 is the start, before any event. Stepping back is
 * a seek to {@code i - 1}: the state comes from the nearest checkpoint, never from undoing.
 *
 * <p>Not thread-safe: one cursor belongs to one thread (the Swing thread in the app).
 */
public final class ReplayCursor {
    /** The position before the first event. */
    public static final int START = -1;

    private final EventLog log;
    private final Quantities quantities;
    private final Checkpoints checkpoints;
    private final double[] values;
    private final int[] lastWrite;
    private final double[] initial;
    private int position = START;
    /** The active event's working and the position it belongs to (see {@link #activeWorking}). */
    private Working working;
    private int workingAt = START;

    public ReplayCursor(EventLog log) {
        this.log = log;
        this.quantities = log.quantities();
        this.checkpoints = new Checkpoints(log);
        this.initial = log.initialValues();
        this.values = initial.clone();
        this.lastWrite = new int[quantities.slotCount()];
        java.util.Arrays.fill(lastWrite, -1);
    }

    public EventLog log() {
        return log;
    }

    /** Number of events in the log. */
    public int size() {
        return log.size();
    }

    /** The active event's index, or {@link #START}. */
    public int position() {
        return position;
    }

    public boolean atStart() {
        return position == START;
    }

    public boolean atEnd() {
        return position == log.size() - 1;
    }

    // ---- moving ------------------------------------------------------------------------------

    /** Moves to event {@code target} (clamped to START .. size-1) and returns the new position. */
    public int seek(int target) {
        int to = Math.max(START, Math.min(target, log.size() - 1));
        int applied = to + 1;
        if (to >= position && applied - (position + 1) <= checkpoints.interval()) {
            Checkpoints.apply(log, new Checkpoints.State(values, lastWrite), position + 1, applied);
        } else {
            Checkpoints.State base = checkpoints.before(applied);
            System.arraycopy(base.values(), 0, values, 0, values.length);
            System.arraycopy(base.lastWrite(), 0, lastWrite, 0, lastWrite.length);
            Checkpoints.apply(log, new Checkpoints.State(values, lastWrite), checkpoints.startOf(applied), applied);
        }
        position = to;
        return position;
    }

    public int stepForward() {
        return seek(position + 1);
    }

    public int stepBack() {
        return seek(position - 1);
    }

    public int rewind() {
        return seek(START);
    }

    public int end() {
        return seek(log.size() - 1);
    }

    /** Moves to the first event of the next phase (forward → loss → backward → update), or the end. */
    public int nextPhase() {
        if (log.size() == 0) {
            return position;
        }
        Phase current = position == START ? null : log.phase(position);
        for (int seq = position + 1; seq < log.size(); seq++) {
            if (log.phase(seq) != current || log.stepStart(seq) == seq) {
                return seek(seq);
            }
        }
        return end();
    }

    /**
     * Moves to the first event of the current phase; if already there, to the first event of the
     * phase before it; from the first phase of the log, to the start.
     */
    public int previousPhase() {
        if (position == START) {
            return position;
        }
        int runStart = phaseRunStart(position);
        if (runStart < position) {
            return seek(runStart);
        }
        return runStart == 0 ? rewind() : seek(phaseRunStart(runStart - 1));
    }

    private int phaseRunStart(int seq) {
        Phase phase = log.phase(seq);
        int epochStart = log.stepStart(seq);
        int s = seq;
        while (s > epochStart && log.phase(s - 1) == phase) {
            s--;
        }
        return s;
    }

    /** The index of the next event after the position matching {@code breakpoint}, or -1. */
    public int findNext(Breakpoint breakpoint) {
        boolean[] mask = breakpoint.slotMask(quantities);
        for (int seq = position + 1; seq < log.size(); seq++) {
            if (mask[log.slot(seq)] && breakpoint.valueMatches(log.value(seq))) {
                return seq;
            }
        }
        return -1;
    }

    /** Whether event {@code seq} matches {@code breakpoint}. */
    public boolean matches(Breakpoint breakpoint, int seq) {
        return breakpoint.slotMask(quantities)[log.slot(seq)] && breakpoint.valueMatches(log.value(seq));
    }

    /** The index of the last event before the position matching {@code breakpoint}, or -1. */
    public int findPrevious(Breakpoint breakpoint) {
        boolean[] mask = breakpoint.slotMask(quantities);
        for (int seq = position - 1; seq >= 0; seq--) {
            if (mask[log.slot(seq)] && breakpoint.valueMatches(log.value(seq))) {
                return seq;
            }
        }
        return -1;
    }

    // ---- the state at the position -----------------------------------------------------------

    /** The active event, or null at the start. */
    public Event currentEvent() {
        return position == START ? null : log.event(position);
    }

    /** The active event's phase, or null at the start. */
    public Phase phase() {
        return position == START ? null : log.phase(position);
    }

    /** The epoch of the active event (of the first event at the start). */
    public int epoch() {
        return log.size() == 0 ? 0 : log.epoch(Math.max(0, position));
    }

    /** The chain-rule line the active event instantiates, or null at the start. */
    public EquationLine activeEquation() {
        return position == START ? null : quantities.equation(log.slot(position));
    }

    /** The slot the active event wrote, or -1 at the start. */
    public int activeSlot() {
        return position == START ? -1 : log.slot(position);
    }

    /** The value of {@code slot} at the position (NaN if never computed in this log). */
    public double value(int slot) {
        return values[slot];
    }

    /**
     * Whether {@code slot} has a value in the current training step at the position: given numbers,
     * parameters and the optimizer's state always do; computed ones once an event of the current epoch wrote them.
     */
    public boolean isKnown(int slot) {
        QuantityKind kind = quantities.kind(slot);
        if (kind == QuantityKind.INPUT || kind == QuantityKind.TARGET || kind == QuantityKind.PARAMETER
                || kind == QuantityKind.OPTIMIZER_STATE) {
            return true;
        }
        int epochStart = position == START ? 0 : log.stepStart(position);
        return lastWrite[slot] >= epochStart && lastWrite[slot] <= position;
    }

    /** Whether the active event wrote {@code slot}. */
    public boolean isChangedByCurrent(int slot) {
        return position != START && lastWrite[slot] == position;
    }

    /** The index of the last event at or before the position that wrote {@code slot}, or -1. */
    public int lastWriter(int slot) {
        return lastWrite[slot];
    }

    /**
     * What the active event combined, with the numbers it read; null at the start. Worked out once
     * per position: the diagram, the maths line and the spoken step all ask for it, and finding
     * what a running sum or an update read scans the log back to the slot's previous write.
     */
    public Working activeWorking() {
        if (position == START) {
            return null;
        }
        if (workingAt != position) {
            working = log.working(position, this::operandValue);
            workingAt = position;
        }
        return working;
    }

    /** The active event's equation with the numbers it read, or null at the start. */
    public String activeExpression() {
        if (position == START) {
            return null;
        }
        int slot = log.slot(position);
        return WorkingText.line(quantities.name(slot), activeWorking(), log.value(position), quantities.assigns(slot));
    }

    /**
     * The value the active event read from {@code slot}: operands other than the written slot are
     * unchanged by the event; the written slot (a running sum, an updated parameter) had its
     * previous value. NaN at the start.
     */
    public double operandValue(int slot) {
        if (position == START) {
            return Double.NaN;
        }
        return slot == log.slot(position) ? valueBefore(position, slot) : values[slot];
    }

    private double valueBefore(int seq, int slot) {
        for (int s = seq - 1; s >= 0; s--) {
            if (log.slot(s) == slot) {
                return log.value(s);
            }
        }
        return initial[slot];
    }
}
