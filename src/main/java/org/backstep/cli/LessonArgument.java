package org.backstep.cli;

import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.lesson.LessonProblem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The LESSON every command takes, and opening it with located problems on standard error. */
final class LessonArgument {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "LESSON", description = "a lesson file, or the id of a bundled lesson")
    String name;

    /** The lesson, or null after printing every problem it has. */
    Lesson open() {
        try {
            return BundledLessons.resolve(name);
        } catch (LessonException e) {
            for (LessonProblem p : e.problems()) {
                spec.commandLine().getErr().println(p);
            }
            spec.commandLine().getErr().flush();
            return null;
        }
    }
}
