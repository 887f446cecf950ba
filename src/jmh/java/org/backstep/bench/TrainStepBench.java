package org.backstep.bench;

import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;

/**
 * One silent full-batch step of plain gradient descent on the 2-16-16-1 lesson with 100 samples:
 * the engine's raw speed, compared with the PyTorch peer's time per step on the same file.
 */
public class TrainStepBench extends SilentStepBench {
    @Override
    protected Lesson openLesson() throws LessonException {
        return BenchLessons.bench();
    }
}
