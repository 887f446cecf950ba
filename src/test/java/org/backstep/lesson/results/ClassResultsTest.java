package org.backstep.lesson.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.backstep.lesson.Answer;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.ProgressStore.Progress;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class hands in its results: three students export one lesson (seed-2-3-1, questions at stops
 * 1, 5, 8 and 9) into one folder, next to a broken file and a file of an edited version of the
 * lesson; the teacher's view reads the folder and counts only what belongs together.
 */
class ClassResultsTest {
    private static final Instant T = Instant.parse("2025-03-14T09:00:00Z");
    private static Lesson lesson;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        lesson = BundledLessons.load("seed-2-3-1");
    }

    private static Answer firstTime(int minute) {
        return Answer.NONE.tried(true, T.plusSeconds(60L * minute));
    }

    private static Answer after(int wrong, int minute) {
        Answer a = Answer.NONE;
        for (int i = 0; i < wrong; i++) {
            a = a.tried(false, T.plusSeconds(60L * minute));
        }
        return a.tried(true, T.plusSeconds(60L * minute));
    }

    private static Progress progress(Map<Integer, Answer> answers, long seconds) {
        return new Progress(9, java.util.Set.of(0, 1, 2), java.util.Set.of(), answers, seconds);
    }

    private void handIn() throws Exception {
        // Ana: right first time everywhere.
        ResultsFiles.export(folder, StudentResults.of("Ana María", lesson,
                progress(Map.of(0, firstTime(1), 4, firstTime(3), 7, firstTime(5), 8, firstTime(6)), 1500), "test", T));
        // Ben: wrong tries on two questions, the last one not right yet.
        ResultsFiles.export(folder, StudentResults.of("Ben", lesson,
                progress(Map.of(0, firstTime(1), 4, after(2, 4), 7, after(1, 6), 8, Answer.NONE.tried(false, T)), 1290),
                "test", T));
        // Chloé: shown the first answer after a wrong try, the second without trying; never reached the others.
        ResultsFiles.export(folder, StudentResults.of("Chloé", lesson,
                progress(Map.of(0, Answer.NONE.tried(false, T).revealedAt(T), 4, Answer.NONE.revealedAt(T)), 600),
                "test", T));
        Files.writeString(folder.resolve("Dan - seed-2-3-1.results.json"), "{\"format\": \"backstep-results/1\",\n"
                + "  \"student\": \"Dan\", \"lesson\": {\"id\": \"seed-2-3-1\", \"version\": \"abc\"},\n"
                + "  \"questions\": [{\"stop\": 1, \"tries\": \"two\", \"firstTryRight\": false, \"right\": false, \"revealed\": false}]}");
        Files.writeString(folder.resolve("Eve - seed-2-3-1.results.json"), "{\"format\": \"backstep-results/1\",\n"
                + "  \"student\": \"Eve\",, }");
        ResultsFiles.export(folder, StudentResults.of("Finn", editedQuestion(), progress(Map.of(0, firstTime(1)), 60),
                "test", T));
    }

    /** The lesson with the tolerance of its first prediction changed: a new version. */
    private static Lesson editedQuestion() {
        java.util.List<Walkthrough.Stop> stops = new java.util.ArrayList<>(lesson.walkthrough().stops());
        Walkthrough.Stop first = stops.get(0);
        stops.set(0, new Walkthrough.Stop(first.at(), first.narration(), new Question.Predict(0.5, "")));
        return new Lesson(lesson.source(), lesson.id(), lesson.title(), lesson.inputNames(), lesson.unitNames(),
                lesson.shape(), lesson.initialParameters(), lesson.data(), lesson.training(), new Walkthrough(stops),
                lesson.about(), lesson.language(), lesson.translations());
    }

    @Test
    void theClassViewCountsEachQuestionAndKeepsOtherVersionsAndBrokenFilesApart() throws Exception {
        handIn();
        ResultsFolder.Reading reading = ResultsFolder.read(folder, (done, total) -> true);
        assertThat(reading.lessons()).extracting(ResultsFolder.LessonSeen::id, ResultsFolder.LessonSeen::files)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("seed-2-3-1", 4));

        ClassResults results = ClassResults.of(reading, "seed-2-3-1", LessonVersion.of(lesson));
        assertThat(results.students()).extracting(h -> h.results().student()).containsExactly("Ana María", "Ben", "Chloé");
        assertThat(results.otherVersions()).extracting(h -> h.results().student()).containsExactly("Finn");
        assertThat(results.broken()).extracting(FileProblem::toString).containsExactly(
                "Dan - seed-2-3-1.results.json: questions[0].tries must be a whole number, 0 or more",
                "Eve - seed-2-3-1.results.json:2:20: is not readable JSON: Unexpected character (',' (code 44)): "
                        + "was expecting double-quote to start field name");
        assertThat(results.questions()).extracting(QuestionRecord.Heading::stop, QuestionRecord.Heading::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "z(h1)"), org.assertj.core.groups.Tuple.tuple(5, "L"),
                        org.assertj.core.groups.Tuple.tuple(8, "dL/dh1"),
                        org.assertj.core.groups.Tuple.tuple(9, "Which weights get a zero gradient in this step?"));

        // Per question: first try, after tries, shown, not right yet, not tried; out of 3.
        assertThat(results.summaries()).extracting(s -> s.question().stop() + ": " + s.count(Outcome.FIRST_TRY) + " "
                        + s.count(Outcome.AFTER_TRIES) + " " + s.count(Outcome.SHOWN) + " " + s.count(Outcome.NOT_YET_RIGHT)
                        + " " + s.count(Outcome.NOT_TRIED) + " of " + s.students())
                .containsExactly("1: 2 0 1 0 0 of 3", "5: 1 1 1 0 0 of 3", "8: 1 1 0 0 1 of 3", "9: 1 0 0 1 1 of 3");
        assertThat(results.hardest().question().stop()).as("the earliest question fewest got right first time").isEqualTo(5);
    }

    @Test
    void theCsvHasARowPerStudentARowPerQuestionAndTheFilesLeftOut() throws Exception {
        handIn();
        ClassResults results = ClassResults.of(ResultsFolder.read(folder, (d, t) -> true), "seed-2-3-1",
                LessonVersion.of(lesson));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsCsv.write(results, CsvWords.ENGLISH, ',', ZoneOffset.UTC, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String q = "Which weights get a zero gradient in this step?";
        String other = "another version of the lesson (" + LessonVersion.of(editedQuestion()) + ")";
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(String.join("\r\n",
                "Student,File,Exported at,Minutes,Right first time,Right in the end,Shown,Tries,Stop 1: predict z(h1),"
                        + "Stop 5: predict L,Stop 8: predict dL/dh1,Stop 9: " + q,
                "Ana María,Ana María - seed-2-3-1.results.json,2025-03-14 09:00,25,4,4,0,4,first try,first try,first try,first try",
                "Ben,Ben - seed-2-3-1.results.json,2025-03-14 09:00,22,1,3,0,7,first try,after 3 tries,after 2 tries,not right (1 try)",
                "Chloé,Chloé - seed-2-3-1.results.json,2025-03-14 09:00,10,0,0,2,1,shown,shown,not tried,not tried",
                "",
                "Question,Right first time,Right after tries,Shown,Not right yet,Not tried,Students",
                "Stop 1: predict z(h1),2,0,1,0,0,3",
                "Stop 5: predict L,1,1,1,0,0,3",
                "Stop 8: predict dL/dh1,1,1,0,0,1,3",
                "Stop 9: " + q + ",1,0,0,1,1,3",
                "",
                "Not included,Why",
                "Finn - seed-2-3-1.results.json," + other,
                "Dan - seed-2-3-1.results.json,\"questions[0].tries must be a whole number, 0 or more\"",
                "Eve - seed-2-3-1.results.json,\"line 2, column 20: is not readable JSON: Unexpected character (',' (code 44)): "
                        + "was expecting double-quote to start field name\"",
                ""));
    }

    @Test
    void aFileReadsBackAsItWasWritten() throws Exception {
        StudentResults ben = StudentResults.of("Ben", lesson,
                progress(Map.of(4, after(2, 4)), 1290), "0.1.0", T);
        Path file = ResultsFiles.export(folder, ben);
        assertThat(ResultsJson.read(file.getFileName().toString(), Files.readAllBytes(file))).isEqualTo(ben);
        assertThat(ben.question(5)).isEqualTo(new QuestionRecord(5, QuestionRecord.Kind.PREDICT, "L", 3, false, true,
                false, T.plusSeconds(240)));
    }

    @Test
    void whenTheAppDoesNotKnowTheLessonTheVersionMostFilesHaveCounts() throws Exception {
        handIn();
        ClassResults results = ClassResults.of(ResultsFolder.read(folder, (d, t) -> true), "seed-2-3-1", null);
        assertThat(results.version()).isEqualTo(LessonVersion.of(lesson));
        assertThat(results.students()).hasSize(3);
        assertThat(results.appsVersionMissing()).isFalse();
    }

    @Test
    void whenNoFileIsOfTheAppsVersionTheVersionMostFilesHaveCountsAndThatIsSaid() throws Exception {
        handIn();
        ClassResults results = ClassResults.of(ResultsFolder.read(folder, (d, t) -> true), "seed-2-3-1", "0123456789ab");
        assertThat(results.appsVersionMissing()).isTrue();
        assertThat(results.students()).extracting(h -> h.results().student()).containsExactly("Ana María", "Ben", "Chloé");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsTextAndTheSeparatorIsTheCallers() throws Exception {
        ResultsFiles.export(folder, StudentResults.of("=1+2", lesson, progress(Map.of(), 0), "test", T));
        ClassResults results = ClassResults.of(ResultsFolder.read(folder, (d, t) -> true), "seed-2-3-1", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsCsv.write(results, CsvWords.ENGLISH, ';', ZoneOffset.UTC, out);
        String second = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(second).startsWith("'=1+2;'=1+2 - seed-2-3-1.results.json;2025-03-14 09:00;0;0;0;0;0;not tried;");
    }

    @Test
    void aCancelledReadingSaysItIsIncomplete() throws Exception {
        handIn();
        ResultsFolder.Reading reading = ResultsFolder.read(folder, (done, total) -> done < 2);
        assertThat(reading.complete()).isFalse();
        assertThat(reading.files().size() + reading.broken().size()).isEqualTo(2);
    }
}
