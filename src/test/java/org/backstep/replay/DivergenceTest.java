package org.backstep.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.backstep.engine.Limits;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.junit.jupiter.api.Test;

/** Why a run diverged: the broken step's first number that was too large or no number at all. */
class DivergenceTest {

    private static TrainingRun train(Lesson lesson, int epochs) {
        return TrainingRun.train(lesson.newStep(), lesson.startState(), epochs);
    }

    @Test
    void aRateTooLargeBreaksTheStepWhereTheLossOverflowsAtItsFirstNumberPastTheBound() throws Exception {
        Lesson lesson = BundledLessons.load("learning-rate").withLearningRate(0.5);
        TrainingRun run = train(lesson, 400);
        assertThat(run.divergedAt()).as("the loss of ŷ = w x + b overflows").isEqualTo(177);

        Divergence why = Divergence.of(run, EventLog.DEFAULT_CAP).orElseThrow();
        assertThat(why.epoch()).isEqualTo(177);
        EventLog step = Recordings.recordEpoch(run, 177, EventLog.DEFAULT_CAP);
        // Walked here by hand: every event before it is a number within the bound; it is not.
        for (int seq = 0; seq < why.event(); seq++) {
            assertThat(Math.abs(step.value(seq))).as("event %d", seq).isLessThanOrEqualTo(Limits.TOO_LARGE);
        }
        assertThat(step.value(why.event())).isEqualTo(why.value());
        assertThat(Math.abs(why.value())).isGreaterThan(Limits.TOO_LARGE).isLessThan(Double.POSITIVE_INFINITY);
        assertThat(why.kind()).isEqualTo(Divergence.Kind.TOO_LARGE);
        assertThat(step.slot(why.event())).isEqualTo(why.slot());
        assertThat(step.quantities().name(why.slot())).as("the weighted sum of ŷ, whose square is the loss's")
                .isEqualTo("z1[0]");
        assertThat(why.sample()).isEqualTo(step.sample(why.event())).isBetween(0, 3);
        // The step before is huge (its loss alone is past the bound) but every one of its numbers is finite.
        EventLog before = Recordings.recordEpoch(run, 176, EventLog.DEFAULT_CAP);
        for (int seq = 0; seq < before.size(); seq++) {
            assertThat(before.value(seq)).as("event %d of epoch 176", seq).isFinite();
        }
    }

    @Test
    void aRunThatConvergesHasNoDivergence() throws Exception {
        assertThat(Divergence.of(train(BundledLessons.load("learning-rate"), 100), EventLog.DEFAULT_CAP)).isEmpty();
    }

    @Test
    void aNumberStartingOutOfRangeBreaksTheFirstStepAtItsFirstEvent() throws Exception {
        Lesson lesson = BundledLessons.load("learning-rate");
        Lesson huge = lesson.withInitialParameters(new double[] {1e200, 0});
        Divergence why = Divergence.of(train(huge, 10), EventLog.DEFAULT_CAP).orElseThrow();
        assertThat(why.epoch()).isZero();
        assertThat(why.event()).isZero();
        assertThat(why.value()).isEqualTo(1e200);
    }

    @Test
    void aRecordingCutBeforeTheBadNumberSaysSo() throws Exception {
        Lesson lesson = BundledLessons.load("learning-rate").withLearningRate(0.5);
        Optional<Divergence> why = Divergence.of(train(lesson, 400), 3);
        assertThat(why).hasValueSatisfying(d -> {
            assertThat(d.epoch()).isEqualTo(177);
            assertThat(d.hasEvent()).isFalse();
        });
    }

    @Test
    void aValueIsUsableUpToTheBoundAndNeitherNaNNorAnInfinityIs() {
        assertThat(Divergence.usable(Limits.TOO_LARGE)).isTrue();
        assertThat(Divergence.usable(-Limits.TOO_LARGE)).isTrue();
        assertThat(Divergence.usable(Math.nextUp(Limits.TOO_LARGE))).isFalse();
        assertThat(Divergence.usable(Double.NaN)).isFalse();
        assertThat(Divergence.usable(Double.NEGATIVE_INFINITY)).isFalse();
        assertThat(Limits.TOO_LARGE * Limits.TOO_LARGE).as("the bound's square still fits").isFinite();
        assertThat(Math.nextUp(Limits.TOO_LARGE) * Math.nextUp(Limits.TOO_LARGE)).isInfinite();
        assertThat(new Divergence(3, 3, 1, 0, 0, Double.NaN).kind()).isEqualTo(Divergence.Kind.NOT_A_NUMBER);
        assertThat(new Divergence(3, 3, 1, 0, 0, Double.NEGATIVE_INFINITY).kind()).isEqualTo(Divergence.Kind.INFINITE);
        assertThat(new Divergence(3, 3, 1, 0, 0, -3e154).kind()).isEqualTo(Divergence.Kind.TOO_LARGE);
    }
}
