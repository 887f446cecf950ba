package org.backstep.lesson;

import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.replay.Breakpoint;
import org.backstep.trace.EventLog;

/**
 * Which event of a recorded step a walkthrough stop shows, said in the lesson's own terms rather
 * than as a sequence number, so that it stays right when the recording changes: the phase, the
 * quantity's name (with {@code *} as a wildcard), the equation line, and which match counts.
 *
 * @param phase      null for any phase
 * @param quantity   null for any quantity, else a name such as {@code dL/da1[0]}
 * @param equation   null for any line, else an equation line id such as {@code backward.activation.relu}
 * @param occurrence 1 for the first matching event, 2 for the second, …
 */
public record Selector(Phase phase, String quantity, String equation, int occurrence) {

    public Selector {
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence counts from 1");
        }
    }

    /**
     * The selector a lesson author writes for event {@code seq}: its phase and quantity, and which
     * of the events of that phase writing that quantity it is.
     */
    public static Selector of(EventLog log, int seq) {
        Phase phase = log.phase(seq);
        String name = log.quantities().name(log.slot(seq));
        int occurrence = 0;
        for (int i = 0; i <= seq; i++) {
            if (log.phase(i) == phase && log.quantities().name(log.slot(i)).equals(name)) {
                occurrence++;
            }
        }
        return new Selector(phase, name, null, occurrence);
    }

    /** The sequence number of the event this selector means in {@code log}, or -1 when none matches. */
    public int find(EventLog log) {
        Quantities quantities = log.quantities();
        Breakpoint where = Breakpoint.any();
        if (phase != null) {
            where = where.and(Breakpoint.phase(phase));
        }
        if (quantity != null) {
            where = where.and(Breakpoint.quantity(quantity));
        }
        int seen = 0;
        for (int seq = 0; seq < log.size(); seq++) {
            if (!where.matches(log, seq)) {
                continue;
            }
            if (equation != null && !equation.equals(quantities.equation(log.slot(seq)).id())) {
                continue;
            }
            if (++seen == occurrence) {
                return seq;
            }
        }
        return -1;
    }

    /** The selector as a lesson file writes it, e.g. {@code backward dL/da1[0] #2}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (phase != null) {
            text.append(phase.fileName());
        }
        if (quantity != null) {
            text.append(text.length() > 0 ? " " : "").append(quantity);
        }
        if (equation != null) {
            text.append(text.length() > 0 ? " " : "").append("line ").append(equation);
        }
        if (occurrence > 1) {
            text.append(" #").append(occurrence);
        }
        return text.toString();
    }
}
