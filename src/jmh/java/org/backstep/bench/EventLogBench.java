package org.backstep.bench;

import java.util.concurrent.TimeUnit;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Raw append speed of the event log: ten million (slot, value) events into a fresh log, with no
 * training around them, so the score is the log's own cost per event (chunk allocation and the
 * garbage collection of the previous log included). The score is in events per second because of
 * {@link OperationsPerInvocation}. At the end the log's memory per event is printed.
 * run-benchmarks.sh runs this class a second time with the JVM's default, growing heap, because
 * that is what the app gets and on a virtual machine it is much slower (see BenchLessons).
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {BenchLessons.XMS, BenchLessons.XMX, BenchLessons.PRE_TOUCH})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventLogBench {
    static final int EVENTS = 10_000_000;

    private TrainingStep step;
    private double[] initialState;
    private int slots;
    /** Size and bytes of the latest log; the log itself is not kept, so it never outlives its op. */
    private int lastSize;
    private long lastBytes;

    @Setup(Level.Trial)
    public void load() throws Exception {
        // The seed lesson's slots, so the slot ids are the ones a real log of that lesson holds.
        Lesson lesson = BenchLessons.seed();
        step = lesson.newStep();
        initialState = Recordings.initialState(step, lesson.startState());
        slots = step.quantities().slotCount();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public EventLog append() {
        EventLog log = new EventLog(step.quantities(), initialState, EVENTS + 1);
        int slot = 0;
        double value = 0.0;
        for (int i = 0; i < EVENTS; i++) {
            log.emit(slot, value);
            slot = slot + 1 == slots ? 0 : slot + 1;
            value += 0.5;
        }
        lastSize = log.size();
        lastBytes = log.bytesUsed();
        return log;
    }

    @TearDown(Level.Trial)
    public void report() {
        if (lastSize != EVENTS) {
            throw new IllegalStateException("the log held " + lastSize + " events, not " + EVENTS);
        }
        System.out.println(Footprint.line("EventLogBench", slots, lastSize, lastBytes));
    }
}
