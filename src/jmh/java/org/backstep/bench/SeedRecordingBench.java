package org.backstep.bench;

import java.util.concurrent.TimeUnit;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
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
 * The whole seed lesson (2-3-1, one sample, 200 epochs) trained with every operation recorded
 * into a new event log: what the app does when a student opens the lesson. Compared with the
 * PyTorch peer's 200 plain (unrecorded) steps of the same file.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {BenchLessons.XMS, BenchLessons.XMX, BenchLessons.PRE_TOUCH})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SeedRecordingBench {
    static final int EPOCHS = 200;

    private TrainingStep step;
    private TrainingState start;

    @Setup
    public void load() throws Exception {
        Lesson lesson = BenchLessons.seed();
        step = lesson.newStep();
        start = lesson.startState();
    }

    @Benchmark
    public EventLog record200Epochs() {
        // record() copies the start, so every op records the same 200 epochs from the same start.
        return Recordings.record(step, start, EPOCHS, EventLog.DEFAULT_CAP);
    }

    /** The memory of one such recording, outside the measured ops. */
    @TearDown
    public void report() {
        System.out.println(Footprint.line("SeedRecordingBench", record200Epochs()));
    }
}
