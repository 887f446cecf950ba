package org.backstep.bench;

import java.util.Locale;
import org.backstep.trace.EventLog;

/**
 * Memory per event of a log and of the checkpoints a {@code ReplayCursor} builds over it, printed
 * as one {@code backstep-footprint} line that src/jmh/run-benchmarks.sh picks out of JMH's output.
 *
 * <p>The checkpoints are private to the replay package, so their size is computed here from
 * their layout in {@code org.backstep.replay.Checkpoints} (keep the two in step): one saved state
 * every {@code interval} events plus the initial one, each a double and an int per slot.
 */
final class Footprint {
    /** Object header plus length of a Java array, and header plus two references of the record. */
    private static final int ARRAY_HEADER = 16;
    private static final int STATE_OBJECT = 24;

    private Footprint() {
    }

    /** The event interval between checkpoints, as Checkpoints computes it. */
    static int checkpointInterval(int slots) {
        return Integer.highestOneBit(Math.max(1024, 12 * slots - 1)) << 1;
    }

    /** Bytes of all the checkpoints a cursor holds once it has visited the last event. */
    static long checkpointBytes(int slots, int events) {
        long states = events / checkpointInterval(slots) + 1L;
        long perState = (long) slots * (Double.BYTES + Integer.BYTES) + 2L * ARRAY_HEADER + STATE_OBJECT;
        return states * perState;
    }

    static String line(String bench, EventLog log) {
        return line(bench, log.quantities().slotCount(), log.size(), log.bytesUsed());
    }

    static String line(String bench, int slots, int events, long logBytes) {
        long cpBytes = checkpointBytes(slots, events);
        return String.format(Locale.ROOT,
                "backstep-footprint bench=%s events=%d slots=%d logBytes=%d logBytesPerEvent=%.4f "
                        + "checkpointInterval=%d checkpointBytes=%d checkpointBytesPerEvent=%.4f totalBytesPerEvent=%.4f",
                bench, events, slots, logBytes, (double) logBytes / events, checkpointInterval(slots), cpBytes,
                (double) cpBytes / events, (double) (logBytes + cpBytes) / events);
    }
}
