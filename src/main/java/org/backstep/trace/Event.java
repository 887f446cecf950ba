package org.backstep.trace;

import org.backstep.engine.Phase;

/**
 * One recorded operation, as a value: its sequence number in the log, the step (counted over the
 * whole run), epoch and sample it belongs to (sample -1: the whole batch), its phase, the quantity it wrote (slot id and name),
 * the value written, and the id of the equation line it instantiates.
 */
public record Event(int seq, int step, int epoch, int sample, Phase phase, int slot, String quantity, double value,
                    String equation) {
}
