package org.backstep.lesson.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backstep.engine.Numbers;
import org.backstep.engine.Working;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.EventLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WorksheetTest {

    static List<String> lessons() {
        return BundledLessons.ids();
    }

    /**
     * The promise of the sheet, for every bundled lesson: each number a question's working reads is
     * printed (as the sheet rounds it) or is an earlier question's answer the sheet points at, and
     * no prediction's answer is printed anywhere on the student's copy.
     */
    @ParameterizedTest
    @MethodSource("lessons")
    void everyNumberAQuestionNeedsIsPrintedAndNoAnswerIs(String id) throws Exception {
        Lesson lesson = BundledLessons.load(id);
        Worksheet sheet = Worksheet.of(lesson, "en");
        Set<String> printed = new HashSet<>();
        sheet.printedNumbers().forEach(v -> printed.add(Numbers.format(v)));

        EventLog log = lesson.recordFirstStep(2_000_000);
        ReplayCursor cursor = new ReplayCursor(log);
        int[] events = lesson.walkthrough().resolve(log);
        List<String> answers = new ArrayList<>();
        for (SheetQuestion q : sheet.questions()) {
            cursor.seek(events[q.stop()]);
            assertThat(q.quantity()).isEqualTo(log.quantities().name(cursor.activeSlot()));
            for (Working.Read read : cursor.activeWorking().reads()) {
                Given pointer = q.givens().stream().filter(g -> g.slot() == read.slot() && !g.printed()).findFirst()
                        .orElse(null);
                if (pointer != null) {
                    KeyEntry earlier = sheet.key().get(pointer.question() - 1);
                    assertThat(pointer.question()).as("a pointer goes back").isLessThan(q.number());
                    assertThat(earlier.value()).as("question %d points at its answer", q.number()).isEqualTo(read.value());
                } else {
                    assertThat(printed).as("%s, question %d needs %s", id, q.number(),
                            log.quantities().name(read.slot())).contains(Numbers.format(read.value()));
                }
            }
            if (q.question() instanceof Question.Predict) {
                answers.add(Numbers.format(log.value(events[q.stop()])));
            }
        }
        for (String answer : answers) {
            assertThat(printed).as("%s: an answer on the student's copy", id).doesNotContain(answer);
        }
        assertThat(sheet.key()).hasSameSizeAs(sheet.questions());
        assertThat(sheet.questions()).hasSize(lesson.walkthrough().questionCount());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void noBundledQuestionAsksForWhatOnlyTheAppCanDo(String id) throws Exception {
        Lesson lesson = BundledLessons.load(id);
        for (String language : lesson.languages()) {
            assertThat(Worksheet.of(lesson, language).flags()).as("%s in %s", id, language).isEmpty();
        }
    }

    @Test
    void theSeedSheetGivesThePredictionTheLossNeedsAndTheKeyHasTheWorking() throws Exception {
        Worksheet sheet = Worksheet.of(BundledLessons.load("seed-2-3-1"), "en");
        assertThat(sheet.questions()).extracting(SheetQuestion::quantity)
                .containsExactly("z1[0]", "L", "dL/da1[0]", "dL/dz1[2]");
        // The weighted sum reads only the file's numbers: nothing to give.
        assertThat(sheet.questions().get(0).givens()).isEmpty();
        assertThat(sheet.questions().get(1).givens()).extracting(Given::name).containsExactly("a2[0]", "z2[0]");
        assertThat(Numbers.format(sheet.questions().get(1).givens().get(0).value())).isEqualTo("0.591942");
        assertThat(sheet.key().get(0).working()).isEqualTo("z1[0] = 0.5·0.8 + (-0.2)·0.2 + 0.1 = 0.46");
        assertThat(sheet.key().get(0).answer()).isEqualTo("0.46");
        assertThat(sheet.key().get(3).answer()).isEqualTo("The two weights into h3, and the weight from h3 to ŷ");
        assertThat(sheet.network().learningRate()).isEqualTo(0.5);
    }

    @Test
    void aValueAnEarlierQuestionAskedForIsPointedAtNotPrinted() throws Exception {
        Worksheet sheet = Worksheet.of(BundledLessons.load("one-neuron"), "en");
        // Question 4 asks what the update does with the gradient question 3 asked for.
        Given gradient = sheet.questions().get(3).givens().get(0);
        assertThat(gradient.name()).isEqualTo("dL/dW1[0][0]");
        assertThat(gradient.printed()).isFalse();
        assertThat(gradient.question()).isEqualTo(3);
        assertThat(sheet.printedNumbers()).doesNotContain(gradient.value());
    }

    @Test
    void aQuestionThatSaysHoverIsFlaggedWithItsStop() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        List<Walkthrough.Stop> stops = new ArrayList<>(seed.walkthrough().stops());
        Walkthrough.Stop first = stops.get(0);
        stops.set(0, new Walkthrough.Stop(first.at(), "Hover over h1 and read its sum. " + first.narration(),
                first.question()));
        Lesson reworded = new Lesson(seed.source(), seed.id(), seed.title(), seed.inputNames(), seed.unitNames(),
                seed.shape(), seed.initialParameters(), seed.data(), seed.training(), new Walkthrough(stops),
                seed.about(), seed.language(), java.util.Map.of());

        List<Flag> flags = Worksheet.of(reworded, "en").flags();

        assertThat(flags).containsExactly(new Flag(1, 1, Flag.Kind.APP_ONLY_WORDING, "Hover"));
    }
}
