package org.backstep.trace;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.backstep.engine.EquationLine;
import org.backstep.engine.OperationSink;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.engine.StepPlace;
import org.backstep.engine.Working;
import org.backstep.engine.Workings;

/**
 * The append-only record of every operation of one or more training steps. Column-wise: each
 * event is a slot id (int) and a value (double) in fixed-size chunks, so appending never copies;
 * the step (with its epoch and batch) and the sample are stored as runs, because they change rarely. Everything else about an event
 * (name, phase, equation line, operands) follows from its slot through {@link Quantities}.
 *
 * <p>A cap bounds the number of events; past it the log stops growing and says so through
 * {@link #isTruncated()}. Written by one thread; read only once writing is over.
 */
public final class EventLog implements OperationSink {
    static final int CHUNK_BITS = 16;
    static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;
    private static final int FIRST_CHUNK_SIZE = 1 << 10;
    /** Default cap: about 240 MB of events, far beyond any lesson a class steps through. */
    public static final int DEFAULT_CAP = 20_000_000;

    private final Quantities quantities;
    private final double[] initialValues;
    private final int cap;
    private int[][] slotChunks = new int[4][];
    private double[][] valueChunks = new double[4][];
    private int chunks;
    private int size;
    private int writeLimit;
    private boolean truncated;
    /** Which step each event belongs to: an index into {@link #places}. */
    private final RunColumn steps = new RunColumn();
    private final java.util.List<StepPlace> places = new java.util.ArrayList<>();
    private final RunColumn samples = new RunColumn();

    /**
     * @param initialValues the value of every slot before the first event (parameters, optimizer
     *                      state, inputs and targets; anything else is ignored)
     */
    public EventLog(Quantities quantities, double[] initialValues, int cap) {
        if (initialValues.length != quantities.slotCount()) {
            throw new IllegalArgumentException("one initial value per slot is needed");
        }
        if (cap < 1) {
            throw new IllegalArgumentException("the cap must be positive");
        }
        this.quantities = quantities;
        this.initialValues = initialValues.clone();
        this.cap = cap;
    }

    @Override
    public void beginStep(StepPlace place) {
        if (!truncated) {
            places.add(place);
            steps.mark(size, places.size() - 1);
        }
    }

    @Override
    public void beginSample(int sample) {
        if (!truncated) {
            samples.mark(size, sample);
        }
    }

    @Override
    public void emit(int slot, double value) {
        int n = size;
        if (n >= writeLimit) {
            if (!makeRoom()) {
                return;
            }
        }
        slotChunks[n >>> CHUNK_BITS][n & CHUNK_MASK] = slot;
        valueChunks[n >>> CHUNK_BITS][n & CHUNK_MASK] = value;
        size = n + 1;
    }

    /**
     * Makes room at once for about {@code events} events (up to the cap), when nothing has been
     * written yet: a recording that knows its length then neither grows its first chunk by copies
     * nor trims it when sealed.
     */
    public void expect(long events) {
        if (chunks == 0 && events > 0) {
            int room = (int) Math.min(Math.min(events, CHUNK_SIZE), cap);
            slotChunks[0] = new int[room];
            valueChunks[0] = new double[room];
            chunks = 1;
            writeLimit = room;
        }
    }

    private boolean makeRoom() {
        if (size >= cap) {
            truncated = true;
            return false;
        }
        int last = chunks - 1;
        // A short last chunk (the first one, which starts small, or one trimmed by seal()) doubles
        // before a new one is started, so short recordings stay small.
        if (chunks > 0 && slotChunks[last].length < CHUNK_SIZE) {
            long used = (long) last * CHUNK_SIZE;
            int grown = (int) Math.min(Math.min(CHUNK_SIZE, 2L * Math.max(1, slotChunks[last].length)), cap - used);
            slotChunks[last] = Arrays.copyOf(slotChunks[last], grown);
            valueChunks[last] = Arrays.copyOf(valueChunks[last], grown);
            writeLimit = (int) (used + grown);
            return true;
        }
        if (chunks == slotChunks.length) {
            slotChunks = Arrays.copyOf(slotChunks, chunks * 2);
            valueChunks = Arrays.copyOf(valueChunks, chunks * 2);
        }
        int room = (int) Math.min(chunks == 0 ? FIRST_CHUNK_SIZE : CHUNK_SIZE, (long) cap - (long) chunks * CHUNK_SIZE);
        slotChunks[chunks] = new int[room];
        valueChunks[chunks] = new double[room];
        chunks++;
        writeLimit = (int) Math.min(cap, (long) (chunks - 1) * CHUNK_SIZE + room);
        return true;
    }

    /**
     * Gives back the unused end of the last chunk once a recording is complete. Appending later
     * still works; it grows the chunk again.
     */
    public void seal() {
        if (chunks == 0) {
            return;
        }
        int last = chunks - 1;
        int used = size - last * CHUNK_SIZE;
        if (used < slotChunks[last].length) {
            slotChunks[last] = Arrays.copyOf(slotChunks[last], used);
            valueChunks[last] = Arrays.copyOf(valueChunks[last], used);
            writeLimit = size;
        }
        steps.trim();
        samples.trim();
    }

    public Quantities quantities() {
        return quantities;
    }

    public int size() {
        return size;
    }

    public int cap() {
        return cap;
    }

    /** True when the step produced more events than the cap and the rest were not recorded. */
    public boolean isTruncated() {
        return truncated;
    }

    /** The value of {@code slot} before the first event. */
    public double initialValue(int slot) {
        return initialValues[slot];
    }

    /** A copy of the values of every slot before the first event. */
    public double[] initialValues() {
        return initialValues.clone();
    }

    public int slot(int seq) {
        checkIndex(seq);
        return slotChunks[seq >>> CHUNK_BITS][seq & CHUNK_MASK];
    }

    public double value(int seq) {
        checkIndex(seq);
        return valueChunks[seq >>> CHUNK_BITS][seq & CHUNK_MASK];
    }

    public int epoch(int seq) {
        return place(seq).epoch();
    }

    /** The step event {@code seq} belongs to, counted over the whole run from 0. */
    public int step(int seq) {
        return place(seq).step();
    }

    /** Where the step of event {@code seq} sits: its number, epoch, batch and update. */
    public StepPlace place(int seq) {
        checkIndex(seq);
        int index = steps.valueAt(seq);
        if (index < 0) {
            throw new IllegalStateException("event " + seq + " was written before any step began");
        }
        return places.get(index);
    }

    public int sample(int seq) {
        checkIndex(seq);
        return samples.valueAt(seq);
    }

    public Phase phase(int seq) {
        return quantities.phaseOf(slot(seq));
    }

    /** The index of the first event of the step that event {@code seq} belongs to. */
    public int stepStart(int seq) {
        checkIndex(seq);
        return steps.runStartAt(seq);
    }

    /** Bytes held by the log's columns and runs (not counting the fixed-size header). */
    public long bytesUsed() {
        long bytes = 0;
        for (int c = 0; c < chunks; c++) {
            bytes += (long) slotChunks[c].length * Integer.BYTES + (long) valueChunks[c].length * Double.BYTES;
        }
        for (StepPlace place : places) {
            bytes += 32L + (long) place.batchSize() * Integer.BYTES;
        }
        return bytes + steps.bytesUsed() + samples.bytesUsed();
    }

    /**
     * What event {@code seq} combined, with the numbers it read; {@code read} gives each slot's
     * value just before the event (a cursor's or a writer's replayed state). The step the event
     * belongs to says which batch it sums over and which update it makes.
     */
    public Working working(int seq, IntToDoubleFunction read) {
        return Workings.of(quantities, slot(seq), sample(seq), read, place(seq));
    }

    /** A self-contained description of event {@code seq}. */
    public Event event(int seq) {
        int slot = slot(seq);
        EquationLine line = quantities.equation(slot);
        StepPlace place = place(seq);
        return new Event(seq, place.step(), place.epoch(), sample(seq), quantities.phaseOf(slot), slot,
                quantities.name(slot), value(seq), line.id());
    }

    private void checkIndex(int seq) {
        if (seq < 0 || seq >= size) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + size);
        }
    }

    /** A column of values that change rarely, stored as (first index, value) pairs. */
    private static final class RunColumn {
        private int[] starts = new int[8];
        private int[] values = new int[8];
        private int runs;

        void mark(int index, int value) {
            if (runs > 0 && values[runs - 1] == value) {
                return;
            }
            if (runs > 0 && starts[runs - 1] == index) {
                values[runs - 1] = value;
                if (runs > 1 && values[runs - 2] == value) {
                    runs--;
                }
                return;
            }
            if (runs == starts.length) {
                starts = Arrays.copyOf(starts, runs * 2);
                values = Arrays.copyOf(values, runs * 2);
            }
            starts[runs] = index;
            values[runs] = value;
            runs++;
        }

        private int runAt(int index) {
            int r = Arrays.binarySearch(starts, 0, runs, index);
            return r >= 0 ? r : -r - 2;
        }

        int valueAt(int index) {
            int r = runAt(index);
            return r < 0 ? -1 : values[r];
        }

        int runStartAt(int index) {
            int r = runAt(index);
            return r < 0 ? 0 : starts[r];
        }

        void trim() {
            starts = Arrays.copyOf(starts, Math.max(1, runs));
            values = Arrays.copyOf(values, Math.max(1, runs));
        }

        long bytesUsed() {
            return (long) starts.length * Integer.BYTES * 2;
        }
    }
}
