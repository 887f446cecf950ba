package org.backstep.lesson.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.ProgressStore.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results files on a stick: names any FAT or NTFS stick takes, and no student's file lost to another's. */
class ResultsFilesTest {
    @TempDir
    Path folder;

    private static StudentResults of(String student, Lesson lesson, long seconds) {
        return StudentResults.of(student, lesson, new Progress(0, java.util.Set.of(), java.util.Set.of(), java.util.Map.of(),
                seconds), "test", Instant.parse("2025-03-14T09:00:00Z"));
    }

    @Test
    void aNameKeepsItsAccentsAndLosesWhatASickRefuses() {
        assertThat(ResultsFiles.safeName("José Núñez")).isEqualTo("José Núñez");
        assertThat(ResultsFiles.safeName("  a/b\\c:d*e?f\"g<h>i|j  ")).isEqualTo("a_b_c_d_e_f_g_h_i_j");
        assertThat(ResultsFiles.safeName("...Ben. ")).isEqualTo("Ben");
        assertThat(ResultsFiles.safeName("tab\tand\nnew   line")).isEqualTo("tab and new line");
        assertThat(ResultsFiles.safeName("evil\u202Egpj.exe")).isEqualTo("evil_gpj.exe");
        assertThat(ResultsFiles.safeName("")).isEqualTo("_");
        assertThat(ResultsFiles.safeName("Jose\u0301")).as("composed as one letter").isEqualTo("José");
        String longName = "Ä".repeat(100);
        assertThat(ResultsFiles.safeName(longName)).hasSize(ResultsFiles.NAME_LENGTH);
        assertThat(ResultsFiles.safeName("😀".repeat(70)).codePointCount(0, ResultsFiles.safeName("😀".repeat(70)).length()))
                .as("an emoji is never cut in half").isEqualTo(ResultsFiles.NAME_LENGTH);
    }

    @Test
    void exportingAgainReplacesTheStudentsOwnFileAndNeverAnotherStudentsWithTheSameSafeName() throws Exception {
        Lesson lesson = BundledLessons.load("seed-2-3-1");
        Path first = ResultsFiles.export(folder, of("Ana/B", lesson, 60));
        assertThat(first.getFileName().toString()).isEqualTo("Ana_B - seed-2-3-1.results.json");
        Path again = ResultsFiles.export(folder, of("ana/b ", lesson, 120));
        assertThat(again).as("the same student, typed with other case and a space").isEqualTo(first);
        assertThat(ResultsJson.read("f", Files.readAllBytes(first)).activeSeconds()).isEqualTo(120);

        Path other = ResultsFiles.export(folder, of("Ana:B", lesson, 300));
        assertThat(other.getFileName().toString()).isEqualTo("Ana_B - seed-2-3-1 (2).results.json");
        assertThat(ResultsJson.read("f", Files.readAllBytes(first)).student()).isEqualTo("ana/b");
        assertThat(ResultsFiles.export(folder, of("Ana:B", lesson, 360))).as("the second Ana finds her own file").isEqualTo(other);

        Files.writeString(folder.resolve("Carl - seed-2-3-1.results.json"), "not json");
        assertThat(ResultsFiles.export(folder, of("Carl", lesson, 1)).getFileName().toString())
                .as("a file that cannot be read is not overwritten").isEqualTo("Carl - seed-2-3-1 (2).results.json");
        assertThat(Files.readString(folder.resolve("Carl - seed-2-3-1.results.json"))).isEqualTo("not json");
        try (var list = Files.list(folder)) {
            assertThat(list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList())
                    .as("no temporary files left").isEmpty();
        }
    }

    @Test
    void aFolderThatIsNotThereIsSaidSoAndNotCreated() {
        Path gone = folder.resolve("USB-STICK");
        assertThatThrownBy(() -> ResultsFiles.export(gone, of("Ana", BundledLessons.load("seed-2-3-1"), 1)))
                .isInstanceOf(ResultsFiles.FolderMissing.class);
        assertThat(gone).doesNotExist();
    }

    @Test
    void theVersionChangesWithAQuestionAndNotWithTheWords() throws Exception {
        Lesson lesson = BundledLessons.load("seed-2-3-1");
        String version = LessonVersion.of(lesson);
        assertThat(version).matches("[0-9a-f]{12}");
        assertThat(LessonVersion.of(lesson.in("de"))).as("the lesson's translation to German has other prompts")
                .isNotEqualTo(version);
        Lesson retitled = new Lesson(lesson.source(), lesson.id(), "Another title", lesson.inputNames(), lesson.unitNames(),
                lesson.shape(), lesson.initialParameters(), lesson.data(), lesson.training(), lesson.walkthrough(),
                new Lesson.About(List.of("a new goal"), 99), lesson.language(), java.util.Map.of());
        assertThat(LessonVersion.of(retitled)).as("title, goals and translations do not count").isEqualTo(version);
        assertThat(LessonVersion.of(lesson.withLearningRate(0.9))).isNotEqualTo(version);
    }
}
