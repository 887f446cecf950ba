package org.backstep.ui.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backstep.engine.Working;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.Question;
import org.backstep.lesson.worksheet.Given;
import org.backstep.lesson.worksheet.KeyEntry;
import org.backstep.lesson.worksheet.SheetQuestion;
import org.backstep.lesson.worksheet.Worksheet;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.EventLog;
import org.backstep.ui.kit.Texts;

/**
 * What the tests read on a rendered sheet: its numbers as a reader sees them (a number is digits
 * not glued to a letter, so h1's 1 is no number), and the checks that every number a question
 * needs is there and no answer is.
 */
final class SheetText {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])-?\\d+(?:[.,]\\d+)?(?:e-?\\d+)?(?![\\p{L}\\d])");

    private SheetText() {
    }

    static Set<String> numbers(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Asserts the student's copy {@code text} of {@code lesson} in the language of {@code texts}. */
    static void assertStudentCopy(String text, Lesson lesson, Texts texts, String what) {
        Worksheet sheet = Worksheet.of(lesson, texts.language());
        Set<String> numbers = numbers(text);
        EventLog log = lesson.recordFirstStep(2_000_000);
        ReplayCursor cursor = new ReplayCursor(log);
        int[] events = lesson.walkthrough().resolve(log);
        for (SheetQuestion q : sheet.questions()) {
            cursor.seek(events[q.stop()]);
            for (Working.Read read : cursor.activeWorking().reads()) {
                Given pointer = q.givens().stream().filter(g -> g.slot() == read.slot() && !g.printed())
                        .findFirst().orElse(null);
                if (pointer == null) {
                    assertThat(numbers).as("%s: question %d needs %s", what, q.number(),
                            log.quantities().name(read.slot())).contains(texts.number(read.value()));
                } else {
                    assertThat(squeeze(text)).as("%s: question %d points back", what, q.number())
                            .contains(texts.format("worksheet.given.answer", "", "", String.valueOf(pointer.question()))
                                    .replaceFirst("^, ", "").strip());
                }
            }
            if (q.phase() == org.backstep.engine.Phase.UPDATE) {
                assertThat(numbers).as("%s: the learning rate", what).contains(texts.number(sheet.network().learningRate()));
            }
        }
        for (KeyEntry entry : sheet.key()) {
            if (entry.question() instanceof Question.Predict) {
                assertThat(numbers).as("%s: the answer of question %d", what, entry.number())
                        .doesNotContain(texts.number(entry.value()));
            } else if (entry.question() instanceof Question.Choice choice) {
                assertThat(text).as("%s: the explanation of question %d", what, entry.number())
                        .doesNotContain(firstWords(choice.explanation()));
            }
        }
        assertThat(text).doesNotContain(texts.format("worksheet.keyTitle", ""));
    }

    /** Asserts the key {@code text}: every answer, and the working of every prediction. */
    static void assertKey(String text, Lesson lesson, Texts texts, String what) {
        Set<String> numbers = numbers(text);
        for (KeyEntry entry : Worksheet.of(lesson, texts.language()).key()) {
            if (entry.question() instanceof Question.Predict) {
                assertThat(numbers).as("%s: the answer of question %d", what, entry.number())
                        .contains(texts.number(entry.value()));
                assertThat(squeeze(text)).contains(squeeze(texts.localFormula(entry.working())));
            } else if (entry.question() instanceof Question.Choice choice) {
                assertThat(squeeze(text)).contains(squeeze(firstWords(choice.explanation())));
            }
        }
    }

    /** The opening words of a text, without marks, which a renderer sets as plain words. */
    private static String firstWords(String text) {
        String plain = text.replaceAll("\\$[^$]*\\$", " ").replace("*", "");
        List<String> words = List.of(plain.trim().split("\\s+"));
        return String.join(" ", words.subList(0, Math.min(5, words.size())));
    }

    /** Line breaks and runs of spaces as one space, as a PDF's text comes out. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
