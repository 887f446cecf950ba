package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every bundled lesson is a real guided tour in every language it declares: at least five stops
 * and at least one question, each stop said in that language (a translation that left a stop to
 * the lesson's own language would hand the student a paragraph they may not read).
 */
class GuideLengthTest {
    private static final int FEWEST_STOPS = 5;
    private static final int FEWEST_QUESTIONS = 1;

    @Test
    void everyBundledLessonHasFiveStopsAndAQuestionInEveryLanguage() throws LessonException {
        List<String> short_ = new ArrayList<>();
        for (String id : BundledLessons.ids()) {
            Lesson lesson = BundledLessons.load(id);
            assertThat(lesson.languages()).as(id).contains("en", "es", "de");
            for (String language : lesson.languages()) {
                Walkthrough guide = lesson.in(language).walkthrough();
                if (guide.size() < FEWEST_STOPS || guide.questionCount() < FEWEST_QUESTIONS) {
                    short_.add(id + " (" + language + "): " + guide.size() + " stops, " + guide.questionCount()
                            + " questions");
                }
            }
        }
        assertThat(short_).as("lessons whose guide is too short").isEmpty();
    }

    /** Narration, prompt, explanation and hint: the words of a stop, left out where empty. */
    private static List<String> words(Walkthrough.Stop stop) {
        List<String> words = new ArrayList<>(List.of(stop.narration()));
        if (stop.question() instanceof Question.Choice c) {
            words.add(c.prompt());
            words.add(c.explanation());
        } else if (stop.question() instanceof Question.Predict p) {
            words.add(p.hint());
        }
        words.removeIf(String::isEmpty);
        return words;
    }

    @Test
    void noTranslatedStopKeepsAnyOfTheLessonsOwnWords() throws LessonException {
        List<String> untranslated = new ArrayList<>();
        for (String id : BundledLessons.ids()) {
            Lesson lesson = BundledLessons.load(id);
            for (String language : lesson.translations().keySet()) {
                Walkthrough there = lesson.in(language).walkthrough();
                for (int i = 0; i < there.size(); i++) {
                    List<String> own = words(lesson.walkthrough().stop(i));
                    if (words(there.stop(i)).stream().anyMatch(own::contains)) {
                        untranslated.add(id + " (" + language + ") stop " + (i + 1));
                    }
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }
}
