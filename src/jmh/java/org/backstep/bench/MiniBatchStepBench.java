package org.backstep.bench;

import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One silent Adam step on a mini-batch of 10 of the 100 samples of the 2-16-16-1 lesson, cycling
 * through the 10 batches of each epoch in sample order, as the peer does with the same file. At the
 * end, the memory per event of one recorded mini-batch step (what the app records) and of one
 * recorded epoch of them (ten steps, ten step places).
 */
public class MiniBatchStepBench extends SilentStepBench {
    @Override
    protected Lesson openLesson() throws LessonException {
        return BenchLessons.adamBatches();
    }

    @TearDown
    public void report() {
        EventLog one = Recordings.record(lesson.newStep(), lesson.startState(), 1, EventLog.DEFAULT_CAP);
        System.out.println(Footprint.line("MiniBatchStepRecording", one));
        int perEpoch = lesson.newStep().stepsPerEpoch();
        EventLog epoch = Recordings.record(lesson.newStep(), lesson.startState(), perEpoch, EventLog.DEFAULT_CAP);
        System.out.println(Footprint.line("MiniBatchEpochRecording", epoch));
    }
}
