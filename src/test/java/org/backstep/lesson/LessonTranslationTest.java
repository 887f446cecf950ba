package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled lesson can be read in every language the window ships, and teaches the same thing in each. */
class LessonTranslationTest {
    /** The window's languages besides English (the UI layer's list; the lesson layer must not import it). */
    private static final List<String> SHIPPED = List.of("es", "de");
    private static final Pattern MATHS = Pattern.compile("\\$[^$]*\\$");

    static Stream<Arguments> lessonsAndLanguages() throws LessonException {
        List<Arguments> all = new ArrayList<>();
        for (String id : BundledLessons.ids()) {
            for (String language : SHIPPED) {
                all.add(Arguments.of(id, language));
            }
        }
        return all.stream();
    }

    private static List<String> maths(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = MATHS.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("lessonsAndLanguages")
    void aTranslatedLessonHasItsOwnWordsAndTheSameMathsStopsAndAnswers(String id, String language) throws Exception {
        Lesson lesson = BundledLessons.load(id);
        Lesson translated = lesson.in(language);
        assertThat(lesson.languages()).contains("en", language);
        assertThat(translated.title()).isNotEqualTo(lesson.title());
        assertThat(translated.about().goals()).hasSameSizeAs(lesson.about().goals())
                .doesNotContainAnyElementsOf(lesson.about().goals());

        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 1, 100_000);
        assertThat(translated.walkthrough().resolve(log)).as("every stop on the same event")
                .containsExactly(lesson.walkthrough().resolve(log));
        for (int i = 0; i < lesson.walkthrough().size(); i++) {
            Walkthrough.Stop en = lesson.walkthrough().stop(i);
            Walkthrough.Stop there = translated.walkthrough().stop(i);
            assertThat(there.narration()).as("stop %d", i).isNotEqualTo(en.narration());
            assertThat(maths(there.narration())).as("stop %d's formulas, as written", i)
                    .isEqualTo(maths(en.narration()));
            if (en.question() instanceof Question.Predict p) {
                Question.Predict q = (Question.Predict) there.question();
                assertThat(q.tolerance()).isEqualTo(p.tolerance());
                assertThat(q.hint().isEmpty()).isEqualTo(p.hint().isEmpty());
            } else if (en.question() instanceof Question.Choice c) {
                Question.Choice q = (Question.Choice) there.question();
                assertThat(q.answer()).isEqualTo(c.answer());
                assertThat(q.options()).hasSameSizeAs(c.options());
                assertThat(q.prompt()).isNotEqualTo(c.prompt());
            } else {
                assertThat(there.question()).isNull();
            }
        }
    }

    @Test
    void anUnknownLanguageShowsTheLessonAsWritten() throws LessonException {
        Lesson lesson = BundledLessons.load("one-neuron");
        assertThat(lesson.in("fr")).isSameAs(lesson);
        assertThat(lesson.in("en")).isSameAs(lesson);
    }

    @Test
    void aTeachersNewStopStaysUntranslatedAndTheSavedFileReadsBack() throws Exception {
        Lesson lesson = BundledLessons.load("one-neuron");
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 1, 100_000);
        Walkthrough.Stop added = new Walkthrough.Stop(Selector.of(log, 2), "A stop written by the teacher.", null);
        Lesson more = lesson.withStop(added, log);
        int at = more.walkthrough().stops().indexOf(added);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LessonWriter.write(more, bytes);
        Lesson reread = LessonLoader.load("saved.json", bytes.toByteArray());

        assertThat(reread.translations()).isEqualTo(more.translations());
        assertThat(reread.in("de").walkthrough().stop(at).narration()).as("shown as written where not translated")
                .isEqualTo("A stop written by the teacher.");
        assertThat(reread.in("de").walkthrough().stop(at + 1).narration())
                .isEqualTo(lesson.in("de").walkthrough().stop(at).narration());
        assertThat(reread.in("es").title()).isEqualTo(lesson.in("es").title());
    }
}
