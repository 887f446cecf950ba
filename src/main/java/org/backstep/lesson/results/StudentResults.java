package org.backstep.lesson.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backstep.lesson.Answer;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.ProgressStore;
import org.backstep.lesson.Walkthrough;

/**
 * What one student hands in for one lesson: who, which lesson in which version, when, how long
 * they spent, and a record of every question of the lesson (tried or not, so every file of one
 * version has the same questions).
 *
 * @param lessonVersion see {@link LessonVersion}
 * @param app           the version of Backstep that wrote the file
 * @param activeSeconds time spent in the lesson with the window in use
 */
public record StudentResults(String student, String lessonId, String lessonTitle, String lessonVersion, String app,
                             Instant exportedAt, long activeSeconds, List<QuestionRecord> questions) {

    public StudentResults {
        questions = List.copyOf(questions);
        activeSeconds = Math.max(0, activeSeconds);
    }

    /** The results of {@code lesson} (as written, not a translation) from the student's saved progress. */
    public static StudentResults of(String student, Lesson lesson, ProgressStore.Progress progress, String app,
                                    Instant now) {
        List<QuestionRecord> questions = new ArrayList<>();
        List<Walkthrough.Stop> stops = lesson.walkthrough().stops();
        // A teacher reads the names the students saw in the window (z(h1)), not the trace's (z1[0]).
        org.backstep.engine.Quantities quantities = lesson.recordFirstStep(1_000_000).quantities();
        org.backstep.lesson.QuantityNames names = new org.backstep.lesson.QuantityNames(lesson, quantities);
        java.util.function.UnaryOperator<String> shown = name -> {
            int[] slots = quantities.slotsNamed(name);
            return slots.length > 0 ? names.shown(slots[0]) : name;
        };
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).question() != null) {
                questions.add(QuestionRecord.of(i, stops.get(i), progress.answers().getOrDefault(i, Answer.NONE), shown));
            }
        }
        return new StudentResults(student.strip(), lesson.id(), lesson.title(), LessonVersion.of(lesson), app, now,
                progress.activeSeconds(), questions);
    }

    /** This student's record of the question at stop {@code stop} (from 1), or null when the file has none. */
    public QuestionRecord question(int stop) {
        return questions.stream().filter(q -> q.stop() == stop).findFirst().orElse(null);
    }

    /** How many questions ended with {@code outcome}. */
    public int count(Outcome outcome) {
        return (int) questions.stream().filter(q -> q.outcome() == outcome).count();
    }

    /** Graded tries over every question. */
    public int tries() {
        return questions.stream().mapToInt(QuestionRecord::tries).sum();
    }
}
