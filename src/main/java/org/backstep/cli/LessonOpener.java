package org.backstep.cli;

import java.io.PrintWriter;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonProblem;

/** Opens the lesson a command names, printing located problems when it cannot. */
final class LessonOpener {
    private LessonOpener() {
    }

    /** The lesson, or null after printing its problems to {@code err}. */
    static Lesson open(String name, PrintWriter err) {
        try {
            return BundledLessons.resolve(name);
        } catch (LessonException e) {
            for (LessonProblem p : e.problems()) {
                err.println(p);
            }
            err.flush();
            return null;
        }
    }
}
