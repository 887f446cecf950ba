package org.backstep.bench;

import java.util.concurrent.TimeUnit;
import org.backstep.engine.OperationSink;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
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
 * One silent training step (forward, loss, backward, update, with nothing listening) of a lesson
 * file the PyTorch peer also trains. Each subclass names its lesson; JMH runs {@link #step} once
 * per subclass, under the subclass's name.
 *
 * <p>Steps are numbered over the run as the app numbers them, so a mini-batch lesson cycles
 * through the batches of its epochs (step {@code k} takes batch {@code k mod stepsPerEpoch}), as
 * the peer does.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {BenchLessons.XMS, BenchLessons.XMX, BenchLessons.PRE_TOUCH})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class SilentStepBench {
    protected Lesson lesson;
    private TrainingStep step;
    private TrainingState initial;
    private TrainingState state;
    private int next;

    /** The lesson this benchmark trains. */
    protected abstract Lesson openLesson() throws LessonException;

    @Setup(Level.Trial)
    public void load() throws Exception {
        lesson = openLesson();
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
        next = 0;
    }

    @Benchmark
    public double step() {
        // The loss is returned so that JMH consumes it; the state changes in place.
        return step.run(state, next++, OperationSink.NONE);
    }
}
