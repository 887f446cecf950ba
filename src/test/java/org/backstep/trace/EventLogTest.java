package org.backstep.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backstep.engine.Activation;
import org.backstep.engine.GradientDescent;
import org.backstep.engine.Loss;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Quantities;
import org.backstep.engine.StepPlace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events go in and come out unchanged, across chunk boundaries and up to the cap. */
class EventLogTest {

    private static EventLog emptyLog(int cap) {
        NetworkShape shape = new NetworkShape(2, new int[] {3, 1}, new Activation[] {Activation.RELU, Activation.SIGMOID},
                Loss.BCE, new boolean[] {true, true});
        Quantities q = new Quantities(shape, 2, new GradientDescent(0.1));
        return new EventLog(q, new double[q.slotCount()], cap);
    }

    @ParameterizedTest(name = "{0} events offered, cap {1}")
    @CsvSource({"10, 1000", "1024, 1024", "1025, 1025", "5000, 70000", "65536, 65536", "65537, 200000",
            "200000, 131073", "300000, 300001"})
    void everyEventUpToTheCapReadsBackExactly(int offered, int cap) {
        EventLog log = emptyLog(cap);
        int slots = log.quantities().slotCount();
        for (int i = 0; i < offered; i++) {
            if (i % 1000 == 0) {
                log.beginStep(StepPlace.fullBatch(i / 1000, 2));
                log.beginSample(i % 3000 == 0 ? -1 : 1);
            }
            log.emit(i % slots, i * 0.5);
        }
        int kept = Math.min(offered, cap);
        assertThat(log.size()).isEqualTo(kept);
        assertThat(log.isTruncated()).isEqualTo(offered > cap);
        for (int i = 0; i < kept; i += 1 + i / 7) {
            assertThat(log.slot(i)).isEqualTo(i % slots);
            assertThat(log.value(i)).isEqualTo(i * 0.5);
            assertThat(log.epoch(i)).isEqualTo(i / 1000);
            assertThat(log.sample(i)).isEqualTo((i / 1000) % 3 == 0 ? -1 : 1);
            assertThat(log.stepStart(i)).isEqualTo(i / 1000 * 1000);
        }
        assertThat(log.bytesUsed()).isLessThanOrEqualTo(12L * Math.max(kept, 1024) * 2 + 4096 + 56L * (kept / 1000 + 2));
        assertThatThrownBy(() -> log.value(kept)).isInstanceOf(IndexOutOfBoundsException.class);
        log.seal();
        // Per step: its two runs (16 bytes) and its place (its batch of two samples, 40 bytes).
        assertThat(log.bytesUsed()).isLessThanOrEqualTo(12L * kept + 56L * (kept / 1000 + 2));
        assertThat(log.value(kept - 1)).isEqualTo((kept - 1) * 0.5);
        // A sealed log still takes more events, up to its cap.
        log.emit(1, -1.0);
        assertThat(log.size()).isEqualTo(Math.min(kept + 1, cap));
        if (kept < cap) {
            assertThat(log.value(kept)).isEqualTo(-1.0);
            assertThat(log.value(kept - 1)).isEqualTo((kept - 1) * 0.5);
        }
    }
}
