package org.backstep.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Jumping to an arbitrary event of a long recording: the seed lesson recorded for enough epochs
 * to fill ten million events, a cursor whose checkpoints are all built once in setup (so the
 * benchmark measures seeking, not the one-off lazy build), then one seek per op to a
 * pseudo-random event. Nearly every jump lands far from the previous position, so each op copies
 * the nearest checkpoint and replays the events after it: the worst case of stepping back.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {BenchLessons.XMS, BenchLessons.XMX, BenchLessons.PRE_TOUCH})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SeekBench {
    static final int EVENTS = 10_000_000;
    /** A power of two, so the target index wraps with a mask. */
    private static final int TARGETS = 1 << 16;

    private EventLog log;
    private ReplayCursor cursor;
    private int[] targets;
    private int next;

    @Setup
    public void record() throws Exception {
        Lesson lesson = BenchLessons.seed();
        TrainingStep step = lesson.newStep();
        int perEpoch = Recordings.record(step, lesson.startState(), 1, EventLog.DEFAULT_CAP).size();
        int epochs = EVENTS / perEpoch + 1;
        log = Recordings.record(step, lesson.startState(), epochs, EventLog.DEFAULT_CAP);
        if (log.size() < EVENTS || log.isTruncated()) {
            throw new IllegalStateException("recorded " + log.size() + " events, wanted " + EVENTS);
        }
        cursor = new ReplayCursor(log);
        cursor.end();
        // A fixed seed: every run seeks through the same targets.
        SplittableRandom random = new SplittableRandom(20_240_601L);
        targets = new int[TARGETS];
        for (int i = 0; i < TARGETS; i++) {
            targets[i] = random.nextInt(log.size());
        }
    }

    @Benchmark
    public double seek() {
        int at = cursor.seek(targets[next++ & (TARGETS - 1)]);
        // Reading the state there keeps the seek's work observable.
        return cursor.value(log.slot(at));
    }

    @TearDown
    public void report() {
        System.out.println(Footprint.line("SeekBench", log));
    }
}
