package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backstep.engine.Phase;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WalkthroughTest {

    static List<String> bundled() {
        return BundledLessons.ids();
    }

    private static EventLog record(Lesson lesson) {
        return Recordings.record(lesson.newStep(), lesson.startState(), 1, 1_000_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyStopFindsItsEventInOrderAndEveryQuestionTellsRightFromWrong(String id) throws LessonException {
        Lesson lesson = BundledLessons.load(id);
        EventLog log = record(lesson);
        int[] events = lesson.walkthrough().resolve(log);
        int previous = -1;
        for (int i = 0; i < events.length; i++) {
            Walkthrough.Stop stop = lesson.walkthrough().stop(i);
            assertThat(events[i]).as("stop %d (%s) finds an event", i, stop.at()).isGreaterThanOrEqualTo(0);
            // A tour that jumps back and forth would confuse a student stepping with Next.
            assertThat(events[i]).as("stop %d comes after stop %d", i, i - 1).isGreaterThan(previous);
            previous = events[i];
            assertThat(stop.narration()).isNotBlank();
            if (stop.question() instanceof Question.Predict predict) {
                double truth = log.value(events[i]);
                assertThat(predict.accepts(truth, truth)).isTrue();
                assertThat(predict.accepts(truth + predict.tolerance() / 2, truth)).isTrue();
                assertThat(predict.accepts(truth + 2 * predict.tolerance() + 0.01, truth)).isFalse();
                assertThat(predict.accepts(Double.NaN, truth)).isFalse();
                assertThat(predict.hint()).as("a wrong answer gets a hint").isNotBlank();
            } else if (stop.question() instanceof Question.Choice choice) {
                for (int option = 0; option < choice.options().size(); option++) {
                    assertThat(choice.accepts(option)).isEqualTo(option == choice.answer());
                }
                assertThat(choice.explanation()).isNotBlank();
            }
        }
    }

    @Test
    void theSeedLessonWalksFromTheFirstSumToTheLastUpdateWithThreeQuestions() throws LessonException {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        EventLog log = record(seed);
        int[] events = seed.walkthrough().resolve(log);
        assertThat(events).hasSize(11);
        assertThat(events[0]).isZero();
        assertThat(events[events.length - 1]).isEqualTo(log.size() - 1);
        assertThat(seed.walkthrough().questionCount()).isEqualTo(4);
        // The first question: h1's weighted sum, 0.5·0.8 − 0.2·0.2 + 0.1 = 0.46.
        var first = (Question.Predict) seed.walkthrough().stop(0).question();
        assertThat(first.accepts(0.46, log.value(events[0]))).isTrue();
        assertThat(first.accepts(0.56, log.value(events[0]))).isFalse();
    }

    @Test
    void aSelectorCountsOccurrencesAndCombinesPhaseQuantityAndLine() throws LessonException {
        Lesson mazur = BundledLessons.load("mazur-2-2-2");
        EventLog log = record(mazur);
        int first = new Selector(Phase.BACKWARD, "dL/dW*", null, 1).find(log);
        int second = new Selector(Phase.BACKWARD, "dL/dW*", null, 2).find(log);
        assertThat(log.quantities().name(log.slot(first))).startsWith("dL/dW");
        assertThat(second).isGreaterThan(first);
        assertThat(new Selector(Phase.FORWARD, "dL/dW*", null, 1).find(log)).isEqualTo(-1);
        int line = new Selector(null, null, "loss.half_sse", 1).find(log);
        assertThat(line).isEqualTo(new Selector(Phase.LOSS, null, null, 1).find(log));
    }

    @Test
    void progressIsSavedRestoredAndClearedAndADamagedFileReadsAsNone(@TempDir Path dir) throws IOException {
        ProgressStore store = new ProgressStore(dir.resolve("progress"));
        assertThat(store.load("seed-2-3-1")).isEqualTo(ProgressStore.Progress.NONE);
        var progress = new ProgressStore.Progress(4, Set.of(0, 1, 2, 4), Set.of(3), Map.of(
                0, new Answer(1, true, true, false, java.time.Instant.parse("2026-12-03T09:00:00Z")),
                4, new Answer(2, false, false, true, java.time.Instant.parse("2026-12-03T09:05:10Z"))), 310);
        store.save("seed-2-3-1", progress);
        assertThat(store.load("seed-2-3-1")).isEqualTo(progress);
        assertThat(store.load("seed-2-3-1").rightFirstTime()).isEqualTo(1);
        assertThat(store.load("seed-2-3-1").revealed()).isEqualTo(1);
        try (var files = Files.list(dir.resolve("progress"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("seed-2-3-1.json");
        }
        Files.writeString(dir.resolve("progress/seed-2-3-1.json"), "{ not json");
        assertThat(store.load("seed-2-3-1")).isEqualTo(ProgressStore.Progress.NONE);
        try (var files = Files.list(dir.resolve("progress"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the damaged file is kept aside for a look, not overwritten by the next save")
                    .singleElement().asString().startsWith("seed-2-3-1.damaged-").endsWith(".json");
        }
        store.save("seed-2-3-1", progress);
        store.clear("seed-2-3-1");
        assertThat(store.load("seed-2-3-1")).isEqualTo(ProgressStore.Progress.NONE);
    }

    @Test
    void progressOfFormatOneStillReadsWithItsRightAnswersNotCountedAsFirstTime(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("seed-2-3-1.json"), """
                {"format": "backstep-progress/1", "lesson": "seed-2-3-1", "stop": 4,
                 "visited": [0, 1, 4], "answers": {"0": true, "4": false}}""");
        ProgressStore.Progress old = new ProgressStore(dir).load("seed-2-3-1");
        assertThat(old.stop()).isEqualTo(4);
        assertThat(old.visited()).containsExactlyInAnyOrder(0, 1, 4);
        assertThat(old.right()).isEqualTo(1);
        assertThat(old.rightFirstTime()).isZero();
        assertThat(old.answers().get(4).settled()).isFalse();
    }
}
