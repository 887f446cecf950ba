package org.backstep.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.backstep.engine.Adam;
import org.backstep.engine.Batching;
import org.backstep.engine.StepPlace;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.Test;

/**
 * Memory per recorded event (issue 14: at most 16 bytes) for the steps beyond plain full-batch
 * descent: Adam, whose update writes four more numbers per parameter, and mini-batches, where every
 * step is short and carries its own {@link StepPlace} (number, epoch, batch, update), so the
 * per-step bookkeeping weighs more on each event. The 2-16-16-1 benchmark lessons are measured the
 * same way by src/jmh/run-benchmarks.sh.
 */
class RecordingSizeTest {
    private static final Adam ADAM = new Adam(0.01, 0.9, 0.999, 1e-8, 0);

    /** The XOR lesson (2-2-1, four samples) trained by Adam with {@code batching}. */
    private static Lesson xorAdam(Batching batching) throws Exception {
        Lesson xor = BundledLessons.load("xor");
        return xor.withTraining(xor.training().withOptimizer(ADAM).withBatching(batching));
    }

    private static double bytesPerEvent(EventLog log) {
        return (double) log.bytesUsed() / log.size();
    }

    @Test
    void aLongAdamRecordingStaysUnderSixteenBytesPerEvent() throws Exception {
        Lesson lesson = xorAdam(Batching.FULL);
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 20_000, EventLog.DEFAULT_CAP);
        assertThat(log.isTruncated()).isFalse();
        assertThat(log.place(log.size() - 1).update()).isEqualTo(20_000);
        assertThat(bytesPerEvent(log)).isLessThanOrEqualTo(16.0);
    }

    @Test
    void oneRecordedAdamStepStaysUnderSixteenBytesPerEvent() throws Exception {
        Lesson lesson = xorAdam(Batching.FULL);
        EventLog log = lesson.recordFirstStep(EventLog.DEFAULT_CAP);
        assertThat(bytesPerEvent(log)).isLessThanOrEqualTo(16.0);
    }

    @Test
    void shuffledMiniBatchStepsEachKeepTheirPlaceAndStayUnderSixteenBytesPerEvent() throws Exception {
        Lesson lesson = xorAdam(new Batching(2, true, 11L));
        int steps = 20_000;
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), steps, EventLog.DEFAULT_CAP);
        assertThat(log.isTruncated()).isFalse();
        StepPlace last = log.place(log.size() - 1);
        assertThat(last.step()).isEqualTo(steps - 1);
        assertThat(last.epoch()).isEqualTo((steps - 1) / 2);
        assertThat(last.batchSize()).isEqualTo(2);
        assertThat(bytesPerEvent(log)).isLessThanOrEqualTo(16.0);
    }

    @Test
    void oneRecordedStepOfSingleSamplesStaysUnderSixteenBytesPerEvent() throws Exception {
        Lesson lesson = xorAdam(new Batching(1, true, 3L));
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 5, 1, EventLog.DEFAULT_CAP);
        assertThat(log.place(0).batchSize()).isEqualTo(1);
        assertThat(bytesPerEvent(log)).isLessThanOrEqualTo(16.0);
    }
}
