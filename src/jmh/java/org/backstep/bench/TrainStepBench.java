package org.backstep.bench;

import java.util.concurrent.TimeUnit;
import org.backstep.engine.OperationSink;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One silent full-batch training step (forward, loss, backward, update) of the 2-16-16-1 lesson
 * with 100 samples. This is the engine's raw speed with nothing listening, compared with the
 * PyTorch peer's time per step on the same file.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {BenchLessons.XMS, BenchLessons.XMX, BenchLessons.PRE_TOUCH})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrainStepBench {
    private TrainingStep step;
    private TrainingState initial;
    private TrainingState state;
    private int epoch;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Lesson lesson = BenchLessons.bench();
        step = lesson.newStep();
        initial = lesson.startState();
    }

    /**
     * Each iteration trains from the lesson's starting point along the real trajectory, as the
     * peer does, instead of drifting for millions of steps over the whole run.
     */
    @Setup(Level.Iteration)
    public void restart() {
        state = initial.copy();
        epoch = 0;
    }

    @Benchmark
    public double step() {
        // The loss is returned so that JMH consumes it; the state changes in place.
        return step.run(state, epoch++, OperationSink.NONE);
    }
}
