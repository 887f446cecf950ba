package org.backstep.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backstep.trace.EventLog;

/**
 * Full states saved every {@code interval} events, built lazily the first time a seek needs them,
 * so that reaching any event replays at most {@code interval} events. The interval grows with the
 * number of slots, keeping the saved states to about one byte per event.
 */
final class Checkpoints {
    /** A state: each slot's value and the index of the last event that wrote it (-1: none). */
    record State(double[] values, int[] lastWrite) {
        State copy() {
            return new State(values.clone(), lastWrite.clone());
        }
    }

    private final EventLog log;
    private final int interval;
    private final List<State> saved = new ArrayList<>();

    Checkpoints(EventLog log) {
        this.log = log;
        int slots = log.quantities().slotCount();
        this.interval = Integer.highestOneBit(Math.max(1024, 12 * slots - 1)) << 1;
        int[] never = new int[slots];
        Arrays.fill(never, -1);
        saved.add(new State(log.initialValues(), never));
    }

    int interval() {
        return interval;
    }

    /** The state after applying events {@code 0 .. k*interval - 1}, for the largest k with k*interval <= count. */
    State before(int count) {
        int index = count / interval;
        while (saved.size() <= index) {
            State next = saved.get(saved.size() - 1).copy();
            int from = (saved.size() - 1) * interval;
            apply(log, next, from, from + interval);
            saved.add(next);
        }
        return saved.get(index);
    }

    /** Index of the first event not included in the state {@link #before} returns. */
    int startOf(int count) {
        return count / interval * interval;
    }

    static void apply(EventLog log, State state, int from, int to) {
        double[] values = state.values();
        int[] lastWrite = state.lastWrite();
        for (int seq = from; seq < to; seq++) {
            int slot = log.slot(seq);
            values[slot] = log.value(seq);
            lastWrite[slot] = seq;
        }
    }
}
