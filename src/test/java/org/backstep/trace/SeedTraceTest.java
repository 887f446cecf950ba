package org.backstep.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.backstep.engine.Phase;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** The seed lesson's recorded step, against a reviewed golden file and against itself. */
class SeedTraceTest {

    private static Lesson seed() throws Exception {
        return BundledLessons.load("seed-2-3-1");
    }

    private static String jsonl(EventLog log) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceWriter.write(log, TraceWriter.Format.JSONL, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstStepMatchesTheGoldenTrace() throws Exception {
        Lesson lesson = seed();
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 1,
                EventLog.DEFAULT_CAP);
        // Regenerate after an intended change with:
        //   java -jar target/backstep.jar trace seed-2-3-1 > src/test/resources/golden/seed-2-3-1.epoch-0.jsonl
        String golden = Files.readString(Path.of("src/test/resources/golden/seed-2-3-1.epoch-0.jsonl"));
        assertThat(jsonl(log)).isEqualTo(golden);
    }

    @Test
    void everyOperationOfTheStepIsOneEvent() throws Exception {
        Lesson lesson = seed();
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 1,
                EventLog.DEFAULT_CAP);
        Map<Phase, Integer> perPhase = new TreeMap<>();
        for (int i = 0; i < log.size(); i++) {
            perPhase.merge(log.phase(i), 1, Integer::sum);
        }
        // 4 units × (z, a); the loss; dL/dŷ, 4 dL/dz, 3 dL/da1, 9 weight and 4 bias gradients; 13 updates.
        assertThat(perPhase).containsExactly(Map.entry(Phase.FORWARD, 8), Map.entry(Phase.LOSS, 1),
                Map.entry(Phase.BACKWARD, 21), Map.entry(Phase.UPDATE, 13));
        Event loss = log.event(8);
        assertThat(loss.quantity()).isEqualTo("L");
        assertThat(loss.equation()).isEqualTo("loss.bce");
        // −log σ(0.372), the page's network before training.
        assertThat(loss.value()).isEqualTo(0.5243463508990062);
        assertThat(log.event(20).quantity()).isEqualTo("dL/dz1[2]");
        assertThat(log.event(20).equation()).isEqualTo("backward.activation.relu");
        assertThat(log.event(20).value()).isZero();
    }

    @Test
    void twoRecordingsAreByteIdentical() throws Exception {
        Lesson lesson = seed();
        String first = jsonl(Recordings.record(lesson.newStep(), lesson.startState(), 3,
                EventLog.DEFAULT_CAP));
        String second = jsonl(Recordings.record(seed().newStep(), seed().startState(), 3, EventLog.DEFAULT_CAP));
        assertThat(first).isEqualTo(second).hasLineCount(3 * 43);
    }

    @Test
    void aReRecordedEpochHoldsWhatTheFullRecordingHeld() throws Exception {
        Lesson lesson = seed();
        TrainingStep step = lesson.newStep();
        EventLog full = Recordings.record(step, lesson.startState(), 200,
                EventLog.DEFAULT_CAP);
        TrainingRun run = TrainingRun.train(lesson.newStep(), lesson.startState(), 200);
        int perEpoch = full.size() / 200;
        for (int epoch : new int[] {0, 1, 57, 199}) {
            EventLog again = Recordings.recordEpoch(run, epoch, EventLog.DEFAULT_CAP);
            assertThat(again.size()).isEqualTo(perEpoch);
            for (int i = 0; i < perEpoch; i++) {
                int seq = epoch * perEpoch + i;
                assertThat(again.slot(i)).isEqualTo(full.slot(seq));
                assertThat(Double.doubleToRawLongBits(again.value(i)))
                        .as("epoch %d event %d (%s)", epoch, i, again.event(i).quantity())
                        .isEqualTo(Double.doubleToRawLongBits(full.value(seq)));
                assertThat(again.epoch(i)).isEqualTo(full.epoch(seq)).isEqualTo(epoch);
                assertThat(again.sample(i)).isEqualTo(full.sample(seq));
            }
        }
        // Per-epoch losses from silent training are the loss events of the full recording.
        double[] losses = run.losses();
        for (int epoch = 0; epoch < 200; epoch++) {
            assertThat(losses[epoch]).isEqualTo(full.value(epoch * perEpoch + 8));
        }
    }

    @Test
    void aRecordingLongerThanItsCapEndsWithAnAnnouncedTruncation() throws Exception {
        Lesson lesson = seed();
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 5, 100);
        assertThat(log.size()).isEqualTo(100);
        assertThat(log.isTruncated()).isTrue();
        String text = jsonl(log);
        assertThat(text.lines().count()).isEqualTo(101);
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("{\"truncated\":true,\"cap\":100,\"message\":\"the recording stopped at its cap of 100 events;"
                        + " later operations were not recorded\"}");
        EventLog roomy = Recordings.record(lesson.newStep(), lesson.startState(), 2, 86);
        assertThat(roomy.isTruncated()).isFalse();
        assertThat(roomy.size()).isEqualTo(86);
    }

    @Test
    void theLogStaysUnderSixteenBytesPerEvent() throws Exception {
        Lesson lesson = seed();
        Lesson slow = lesson.withLearningRate(0.01);
        EventLog log = Recordings.record(slow.newStep(), slow.startState(), 50_000,
                EventLog.DEFAULT_CAP);
        assertThat(log.size()).isEqualTo(50_000 * 43);
        assertThat((double) log.bytesUsed() / log.size()).isLessThanOrEqualTo(16.0);
    }

    @Test
    void aShortRecordingIsSmallToo() throws Exception {
        Lesson lesson = seed();
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 200,
                EventLog.DEFAULT_CAP);
        assertThat((double) log.bytesUsed() / log.size()).isLessThanOrEqualTo(16.0);
    }

    @Test
    void batchEventsAreMarkedAsSuchAndSamplesAreNumbered() throws Exception {
        Lesson mazur = BundledLessons.load("mazur-2-2-2");
        EventLog log = Recordings.record(mazur.newStep(), mazur.startState(), 2,
                EventLog.DEFAULT_CAP);
        for (int i = 0; i < log.size(); i++) {
            Event e = log.event(i);
            assertThat(e.sample()).as(e.toString()).isEqualTo(e.phase() == Phase.UPDATE ? -1 : 0);
            assertThat(log.stepStart(i)).isEqualTo(e.epoch() * (log.size() / 2));
        }
    }
}
