package org.backstep.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.backstep.engine.Phase;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.ProgressStore;
import org.backstep.lesson.Selector;
import org.backstep.lesson.Walkthrough;
import org.backstep.trace.EventLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's decisions without a window, on the seed lesson's guide: stop 0 predicts z1[0]
 * (event 0), stop 1 shows a1[0], stop 4 predicts the loss, stop 8 asks a choice.
 */
class GuideStateTest {
    private Lesson seed;
    private EventLog log;
    private GuideState guide;

    @BeforeEach
    void open() throws Exception {
        seed = BundledLessons.load("seed-2-3-1");
        log = seed.recordFirstStep(1_000_000);
        guide = GuideState.of(seed.walkthrough(), log, ProgressStore.Progress.NONE);
    }

    @Test
    void anOpenPredictionPutsTheCursorJustBeforeItsEventAndARightAnswerOntoIt() {
        assertThat(guide.current()).isZero();
        assertThat(guide.goTo(0)).as("before z1[0], so its value is not shown").isEqualTo(-1);
        assertThat(guide.check(OptionalDouble.of(0.46), log.value(guide.event()))).isEqualTo(GuideState.Grade.RIGHT);
        assertThat(guide.goTo(0)).as("answered: onto the event").isEqualTo(0);
        assertThat(guide.goTo(1)).as("a stop without a question stands on its event").isEqualTo(1);
    }

    @Test
    void steppingOnFollowsTheStopsAndMarksTheStopsAJumpPassedAsSkipped() {
        guide.goTo(0);
        guide.check(OptionalDouble.of(0.46), log.value(guide.event()));
        assertThat(guide.follow(1)).isEqualTo(GuideState.Follow.MOVED);
        assertThat(guide.current()).isEqualTo(1);
        assertThat(guide.follow(2)).isEqualTo(GuideState.Follow.SAME);
        int beforeLoss = guide.anchor(4);
        assertThat(guide.follow(beforeLoss)).as("a jump over stops 3 and 4").isEqualTo(GuideState.Follow.SKIPPED);
        assertThat(guide.current()).isEqualTo(4);
        assertThat(guide.skipped()).containsExactly(2, 3);
        assertThat(guide.progress().visited()).containsExactlyInAnyOrder(0, 1, 4);
        guide.goTo(2);
        assertThat(guide.skipped()).as("seen now").containsExactly(3);
        assertThat(guide.follow(-1)).isEqualTo(GuideState.Follow.MOVED);
        assertThat(guide.current()).as("back at the start: the first stop").isZero();
        assertThat(guide.hasPrevious()).isFalse();
    }

    @Test
    void theCursorMayGoNoFurtherThanJustBeforeTheFirstOpenPredictionOrOntoTheFirstOpenChoice() {
        int[] events = seed.walkthrough().resolve(log);
        assertThat(guide.firstOpenQuestion()).isZero();
        assertThat(guide.limit()).as("before z1[0], the first event").isEqualTo(events[0] - 1).isEqualTo(-1);
        guide.goTo(0);
        guide.check(OptionalDouble.of(0.46), log.value(events[0]));
        assertThat(guide.firstOpenQuestion()).isEqualTo(4);
        assertThat(guide.limit()).as("before the loss").isEqualTo(events[4] - 1);
        guide.goTo(4);
        guide.reveal();
        assertThat(guide.limit()).as("a revealed answer opens the way too").isEqualTo(events[7] - 1);
        guide.goTo(7);
        guide.check(OptionalDouble.of(log.value(events[7])), log.value(events[7]));
        assertThat(guide.limit()).as("a choice is asked on its event").isEqualTo(events[8]);
        guide.goTo(8);
        guide.check(1);
        assertThat(guide.limit()).as("a wrong choice holds the step").isEqualTo(events[8]);
        guide.reveal();
        assertThat(guide.limit()).as("a shown choice lets it go on").isEqualTo(Integer.MAX_VALUE);
        assertThat(guide.answer(8)).extracting(a -> a.tries(), a -> a.right(), a -> a.revealed())
                .containsExactly(1, false, true);
        assertThat(guide.firstOpenQuestion()).isEqualTo(-1);
    }

    @Test
    void everyTryIsCountedAndAShownAnswerIsNeverRightFirstTime() {
        guide.goTo(0);
        double z = log.value(guide.event());
        guide.check(OptionalDouble.of(z), z);
        assertThat(guide.answer(0)).extracting(a -> a.tries(), a -> a.firstTryRight(), a -> a.right(), a -> a.revealed())
                .containsExactly(1, true, true, false);
        guide.goTo(4);
        double loss = log.value(guide.event());
        guide.check(OptionalDouble.of(loss + 1), loss);
        guide.check(OptionalDouble.of(loss + 2), loss);
        guide.reveal();
        guide.check(OptionalDouble.of(loss), loss);
        assertThat(guide.answer(4)).extracting(a -> a.tries(), a -> a.firstTryRight(), a -> a.right(), a -> a.revealed())
                .containsExactly(3, false, true, true);
        guide.goTo(7);
        guide.reveal();
        guide.check(OptionalDouble.of(log.value(guide.event())), log.value(guide.event()));
        assertThat(guide.answer(7).firstTryRight()).as("right only after being shown").isFalse();
        assertThat(guide.progress().rightFirstTime()).isEqualTo(1);
        assertThat(guide.progress().revealed()).isEqualTo(2);
    }

    @Test
    void timeSpentCountsTheGapsBetweenThingsTheStudentDidButNotALongPause() {
        java.time.Instant[] now = {java.time.Instant.parse("2026-12-03T09:00:00Z")};
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now[0];
            }
        };
        GuideState timed = GuideState.of(seed.walkthrough(), log, ProgressStore.Progress.NONE, clock);
        timed.goTo(0);
        now[0] = now[0].plusSeconds(40);
        timed.check(OptionalDouble.of(1), 0.46);
        now[0] = now[0].plusSeconds(20);
        timed.reveal();
        assertThat(timed.answer(0).at()).isEqualTo(now[0]);
        now[0] = now[0].plusSeconds(3600);
        timed.goTo(1);
        assertThat(timed.progress().activeSeconds()).as("an hour away is not time spent").isEqualTo(60);
    }

    @Test
    void twoStopsOnOneEventKeepTheOneTheGuideWentTo() {
        Selector loss = new Selector(Phase.LOSS, "L", null, 1);
        Walkthrough twice = new Walkthrough(List.of(new Walkthrough.Stop(loss, "first", null),
                new Walkthrough.Stop(loss, "second", null)));
        GuideState both = GuideState.of(twice, log, ProgressStore.Progress.NONE);
        int at = both.goTo(1);
        assertThat(both.follow(at)).as("the guide's own stop on the shared event").isEqualTo(GuideState.Follow.SAME);
        assertThat(both.follow(at + 1)).isEqualTo(GuideState.Follow.SAME);
        assertThat(both.current()).isEqualTo(1);
    }

    @Test
    void aStopWhoseEventIsGoneFromANewRecordingCannotBeShown() throws Exception {
        Lesson mazur = BundledLessons.load("mazur-2-2-2");
        Walkthrough seedsGuide = seed.walkthrough();
        GuideState elsewhere = GuideState.of(seedsGuide, log, ProgressStore.Progress.NONE);
        assertThat(elsewhere.canShow(2)).isTrue();
        // Mazur's network has two hidden units: a1[2], which stop 2 shows, is not in its step.
        elsewhere.relocate(mazur.recordFirstStep(1_000_000));
        assertThat(elsewhere.canShow(2)).isFalse();
        assertThat(elsewhere.canShow(-1)).isFalse();
        assertThat(elsewhere.canShow(seedsGuide.size())).isFalse();
    }
}
