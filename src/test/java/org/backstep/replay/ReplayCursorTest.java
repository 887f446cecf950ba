package org.backstep.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backstep.engine.Activation;
import org.backstep.engine.Dataset;
import org.backstep.engine.GradientDescent;
import org.backstep.engine.Loss;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.backstep.trace.TraceWriter;
import org.junit.jupiter.api.Test;

class ReplayCursorTest {

    private static EventLog seedLog(int epochs) throws Exception {
        Lesson lesson = BundledLessons.load("seed-2-3-1");
        return Recordings.record(lesson.newStep(), lesson.startState(), epochs,
                EventLog.DEFAULT_CAP);
    }

    /** A 3-4-2 tanh/sigmoid network with three samples, long enough to need several checkpoints. */
    private static EventLog batchLog() {
        NetworkShape shape = new NetworkShape(3, new int[] {4, 2}, new Activation[] {Activation.TANH, Activation.SIGMOID},
                Loss.MSE, new boolean[] {true, false});
        Dataset data = new Dataset(new double[][] {{0.1, 0.2, 0.3}, {-1, 0.5, 2}, {0, 0, 1}},
                new double[][] {{0, 1}, {1, 0}, {0.5, 0.5}});
        TrainingStep step = new TrainingStep(shape, data, new GradientDescent(0.3));
        double[] params = new double[shape.parameterCount()];
        for (int n = 0; n < params.length; n++) {
            params[n] = Math.sin(n + 1.0);
        }
        return Recordings.record(step, TrainingState.start(params, step.optimizer()), 60, EventLog.DEFAULT_CAP);
    }

    /** The state at {@code position} by applying events one by one from the start. */
    private static double[] naiveState(EventLog log, int position) {
        double[] values = log.initialValues();
        for (int seq = 0; seq <= position; seq++) {
            values[log.slot(seq)] = log.value(seq);
        }
        return values;
    }

    private static void assertSameState(ReplayCursor a, ReplayCursor b, EventLog log) {
        for (int slot = 0; slot < log.quantities().slotCount(); slot++) {
            assertThat(Double.doubleToRawLongBits(a.value(slot))).as("slot %d at %d", slot, a.position())
                    .isEqualTo(Double.doubleToRawLongBits(b.value(slot)));
            assertThat(a.isKnown(slot)).isEqualTo(b.isKnown(slot));
            assertThat(a.isChangedByCurrent(slot)).isEqualTo(b.isChangedByCurrent(slot));
        }
    }

    @Test
    void steppingBackFromAnyEventEqualsJumpingThere() {
        EventLog log = batchLog();
        assertThat(log.size()).isGreaterThan(4 * 2048);
        ReplayCursor walker = new ReplayCursor(log);
        walker.end();
        ReplayCursor jumper = new ReplayCursor(log);
        while (!walker.atStart()) {
            int at = walker.stepBack();
            // Jump from far away each time, in both directions.
            jumper.seek(at % 2 == 0 ? log.size() - 1 : ReplayCursor.START);
            jumper.seek(at);
            assertSameState(walker, jumper, log);
            if (at % 97 == 0) {
                double[] naive = naiveState(log, at);
                for (int slot = 0; slot < naive.length; slot++) {
                    assertThat(Double.doubleToRawLongBits(walker.value(slot))).isEqualTo(Double.doubleToRawLongBits(naive[slot]));
                }
            }
        }
    }

    @Test
    void steppingForwardEqualsJumpingThere() {
        EventLog log = batchLog();
        ReplayCursor walker = new ReplayCursor(log);
        ReplayCursor jumper = new ReplayCursor(log);
        while (!walker.atEnd()) {
            int at = walker.stepForward();
            if (at % 13 == 0) {
                jumper.seek(log.size() - 1 - at);
                jumper.seek(at);
                assertSameState(walker, jumper, log);
            }
        }
    }

    @Test
    void valuesNotYetComputedInThisStepAreUnknown() throws Exception {
        EventLog log = seedLog(2);
        Quantities q = log.quantities();
        int z10 = q.preActivationSlot(0, 0, 0);
        int loss = q.lossSlot();
        int w = q.parameterSlot(0);
        ReplayCursor cursor = new ReplayCursor(log);
        assertThat(cursor.isKnown(z10)).isFalse();
        assertThat(cursor.isKnown(w)).isTrue();
        assertThat(cursor.isKnown(q.inputSlot(0, 1))).isTrue();
        cursor.stepForward();
        assertThat(cursor.isKnown(z10)).isTrue();
        assertThat(cursor.isChangedByCurrent(z10)).isTrue();
        assertThat(cursor.value(z10)).isEqualTo(0.45999999999999996);
        assertThat(cursor.isKnown(loss)).isFalse();
        cursor.seek(43); // first event of the second step
        assertThat(cursor.epoch()).isEqualTo(1);
        assertThat(cursor.isKnown(z10)).isTrue();
        assertThat(cursor.isKnown(loss)).as("last step's loss is not this step's").isFalse();
        assertThat(cursor.isKnown(q.gradientSlot(0))).isFalse();
        assertThat(cursor.value(w)).as("the updated weight").isEqualTo(0.614256195088115);
    }

    @Test
    void phasesAreVisitedInOrderAndBack() throws Exception {
        EventLog log = seedLog(2);
        ReplayCursor cursor = new ReplayCursor(log);
        assertThat(List.of(cursor.nextPhase(), cursor.nextPhase(), cursor.nextPhase(), cursor.nextPhase(),
                cursor.nextPhase())).containsExactly(0, 8, 9, 30, 43);
        assertThat(cursor.phase()).isEqualTo(Phase.FORWARD);
        assertThat(cursor.epoch()).isEqualTo(1);
        cursor.seek(35);
        assertThat(List.of(cursor.previousPhase(), cursor.previousPhase(), cursor.previousPhase(),
                cursor.previousPhase(), cursor.previousPhase())).containsExactly(30, 9, 8, 0, ReplayCursor.START);
        cursor.seek(84);
        assertThat(cursor.nextPhase()).isEqualTo(85);
        assertThat(cursor.nextPhase()).as("stays at the end").isEqualTo(85);
    }

    @Test
    void breakpointsFindTheEventsTheyDescribe() throws Exception {
        EventLog log = seedLog(2);
        ReplayCursor cursor = new ReplayCursor(log);
        assertThat(cursor.findNext(Breakpoint.quantity("dL/dW*"))).isEqualTo(11);
        assertThat(cursor.findNext(Breakpoint.quantity("dL/dz1[2]"))).isEqualTo(20);
        assertThat(cursor.findNext(Breakpoint.phase(Phase.UPDATE))).isEqualTo(30);
        assertThat(cursor.findNext(Breakpoint.magnitudeBelow(1e-12).and(Breakpoint.phase(Phase.BACKWARD))))
                .as("the gradient of the weight from the dead unit h3").isEqualTo(13);
        assertThat(cursor.findNext(Breakpoint.quantity("dL/dW1*").and(Breakpoint.magnitudeAbove(0.2)))).isEqualTo(21);
        assertThat(cursor.findNext(Breakpoint.notFinite())).isEqualTo(-1);
        assertThat(cursor.findNext(Breakpoint.phase(Phase.LOSS).and(Breakpoint.phase(Phase.UPDATE)))).isEqualTo(-1);
        cursor.end();
        assertThat(cursor.findPrevious(Breakpoint.quantity("L"))).isEqualTo(43 + 8);
        assertThat(cursor.findPrevious(Breakpoint.quantity("x[0]"))).as("inputs are never written").isEqualTo(-1);
    }

    @Test
    void theActiveExpressionIsTheOneTheTraceFilePrints() throws Exception {
        EventLog log = batchLog();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceWriter.write(log, TraceWriter.Format.CSV, out);
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        ReplayCursor cursor = new ReplayCursor(log);
        for (int seq = log.size() - 1; seq >= 0; seq -= 7) {
            cursor.seek(seq);
            String expression = cursor.activeExpression();
            assertThat(rows.get(seq)).endsWith(expression.contains(",") ? "\"" + expression + "\"" : expression);
        }
        cursor.rewind();
        assertThat(cursor.activeExpression()).isNull();
        assertThat(cursor.currentEvent()).isNull();
    }
}
