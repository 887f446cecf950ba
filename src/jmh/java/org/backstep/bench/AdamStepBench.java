package org.backstep.bench;

import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One silent full-batch Adam step of the 2-16-16-1 lesson with 100 samples, against the peer's
 * {@code torch.optim.Adam} on the same file. At the end, the memory per event of one recorded Adam
 * step of that lesson, which is what the app records when a student opens it.
 */
public class AdamStepBench extends SilentStepBench {
    @Override
    protected Lesson openLesson() throws LessonException {
        return BenchLessons.adam();
    }

    @TearDown
    public void report() {
        EventLog one = Recordings.record(lesson.newStep(), lesson.startState(), 1, EventLog.DEFAULT_CAP);
        System.out.println(Footprint.line("AdamStepRecording", one));
    }
}
