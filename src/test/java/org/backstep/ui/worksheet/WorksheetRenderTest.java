package org.backstep.ui.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML copies of every bundled lesson in every language: what a student gets, and what only the teacher gets. */
class WorksheetRenderTest {

    static List<String> lessons() {
        return BundledLessons.ids();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void theStudentsPageHasWhatEachQuestionNeedsAndTheKeyHasTheAnswers(String id) throws Exception {
        Lesson lesson = BundledLessons.load(id);
        for (String language : Texts.LANGUAGES) {
            Texts texts = Texts.in(language);
            WorksheetFiles.Rendered html = WorksheetFiles.render(texts, lesson, SheetFormat.HTML, PaperSize.A4);
            String student = text(html.student());
            String key = text(html.key());
            SheetText.assertStudentCopy(student, lesson, texts, id + " in " + language);
            SheetText.assertKey(key, lesson, texts, id + "'s key in " + language);
            assertThat(new String(html.student(), StandardCharsets.UTF_8)).contains("@page{size:A4;")
                    .contains("break-inside:avoid");
        }
    }

    /** The page's words, without its markup and embedded pictures (whose letters hold digits too). */
    private static String text(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8).replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "")
                .replaceAll("<style>.*?</style>", "");
        return Texts.plainText(html.replaceAll("<[^>]+>", " "));
    }
}
