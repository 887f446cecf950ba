package org.backstep.replay;

import java.util.Optional;
import org.backstep.engine.Limits;
import org.backstep.engine.TrainingRun;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;

/**
 * Why a training run diverged: the step it broke in (the epoch whose loss was first not a finite
 * number, as {@link TrainingRun#divergedAt()} says) and the first event of that step whose value
 * was not a number, infinite, or beyond {@link Limits#TOO_LARGE}.
 *
 * <p>Steps before the broken one may already hold numbers past the bound (the loss, a mean of
 * squares, passes it long before it overflows); what breaks the run is the step whose loss is no
 * longer finite, and the first number out of range in that step is the one that made it so,
 * usually a weighted sum whose square the loss needed.
 *
 * <p>The run itself trains silently; only the one broken step is recorded again, from the state
 * the run had before it, so the events are exactly those the debugger shows for that step.
 *
 * @param epoch  the epoch the run broke in: its first epoch whose loss is not finite (see
 *               {@link TrainingRun#divergedAt()})
 * @param step   the broken step, counted over the run (with full batch, the epoch)
 * @param event  the index of the first bad event in that step's recording, or -1 when the
 *               recording was cut (its event cap) before one came
 * @param slot   the quantity that event writes, or -1
 * @param sample the sample it concerns (-1: the whole batch, or no event)
 * @param value  the value it wrote (NaN when there is no event)
 */
public record Divergence(int epoch, int step, int event, int slot, int sample, double value) {
    /** How a value stopped being usable, in the order a student would name it. */
    public enum Kind {
        /** NaN: no number at all (infinity minus infinity, zero times infinity, …). */
        NOT_A_NUMBER,
        /** Larger than any double: the arithmetic overflowed. */
        INFINITE,
        /** Still a number, but past {@link Limits#TOO_LARGE}: its square would overflow. */
        TOO_LARGE
    }

    /** Whether the reason is known: the recording held the bad event. */
    public boolean hasEvent() {
        return event >= 0;
    }

    /** How the event's value went wrong (meaningless without an event). */
    public Kind kind() {
        if (Double.isNaN(value)) {
            return Kind.NOT_A_NUMBER;
        }
        return Double.isInfinite(value) ? Kind.INFINITE : Kind.TOO_LARGE;
    }

    /** Whether training can go on with {@code v}: a finite number no larger than {@link Limits#TOO_LARGE}. */
    public static boolean usable(double v) {
        // Written so that NaN, which fails every comparison, is unusable too.
        return Math.abs(v) <= Limits.TOO_LARGE;
    }

    /** The first event of {@code log} whose value is not {@link #usable}, or -1. */
    public static int firstUnusable(EventLog log) {
        for (int seq = 0; seq < log.size(); seq++) {
            if (!usable(log.value(seq))) {
                return seq;
            }
        }
        return -1;
    }

    /**
     * Why {@code run} diverged, or empty when it did not; records the broken step again with at
     * most {@code cap} events (the debugger's cap, so the event found is one it can show).
     */
    public static Optional<Divergence> of(TrainingRun run, int cap) {
        int epoch = run.divergedAt();
        if (epoch < 0) {
            return Optional.empty();
        }
        int step = run.divergedStep();
        EventLog log = Recordings.recordStep(run, step, cap);
        int seq = firstUnusable(log);
        if (seq < 0) {
            return Optional.of(new Divergence(epoch, step, -1, -1, -1, Double.NaN));
        }
        return Optional.of(new Divergence(epoch, step, seq, log.slot(seq), log.sample(seq), log.value(seq)));
    }
}
