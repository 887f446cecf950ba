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
    void steppingOnFollowsTheStopsAndNoticesAValueSteppedOntoBeforeItWasPredicted() {
        guide.goTo(0);
        assertThat(guide.follow(0)).isEqualTo(GuideState.Follow.STEPPED_ONTO);
        assertThat(guide.follow(1)).isEqualTo(GuideState.Follow.MOVED);
        assertThat(guide.current()).isEqualTo(1);
        assertThat(guide.follow(2)).isEqualTo(GuideState.Follow.SAME);
        assertThat(guide.follow(log.size() - 1)).isEqualTo(GuideState.Follow.MOVED);
        assertThat(guide.current()).isEqualTo(guide.size() - 1);
        assertThat(guide.hasNext()).isFalse();
        assertThat(guide.follow(-1)).isEqualTo(GuideState.Follow.MOVED);
        assertThat(guide.current()).as("back at the start: the first stop").isZero();
        assertThat(guide.hasPrevious()).isFalse();
    }

    @Test
    void aRightAnswerStaysRightAfterWrongTriesAndAWrongOneIsKeptUntilThen() {
        guide.goTo(4);
        double loss = log.value(guide.event());
        assertThat(guide.check(OptionalDouble.empty(), loss)).isEqualTo(GuideState.Grade.NOT_A_NUMBER);
        assertThat(guide.progress().answers()).as("no number, no try").isEmpty();
        assertThat(guide.check(OptionalDouble.of(loss + 1), loss)).isEqualTo(GuideState.Grade.WRONG);
        assertThat(guide.progress().answers()).containsEntry(4, false);
        assertThat(guide.check(OptionalDouble.of(loss), loss)).isEqualTo(GuideState.Grade.RIGHT);
        assertThat(guide.check(OptionalDouble.of(loss + 1), loss)).isEqualTo(GuideState.Grade.WRONG);
        assertThat(guide.answeredRight(4)).isTrue();
        guide.goTo(8);
        assertThat(guide.check(-1)).isEqualTo(GuideState.Grade.NOTHING_CHOSEN);
        assertThat(guide.check(1)).isEqualTo(GuideState.Grade.WRONG);
        assertThat(guide.check(0)).isEqualTo(GuideState.Grade.RIGHT);
        ProgressStore.Progress progress = guide.progress();
        assertThat(progress.stop()).isEqualTo(8);
        assertThat(progress.visited()).containsExactlyInAnyOrder(0, 4, 8);
        assertThat(progress.answers()).containsExactlyInAnyOrderEntriesOf(Map.of(4, true, 8, true));
        guide.restart();
        assertThat(guide.progress().answers()).isEmpty();
        assertThat(guide.progress().visited()).isEmpty();
    }

    @Test
    void aGuideOpensWhereTheSavedProgressLeftIt() {
        GuideState resumed = GuideState.of(seed.walkthrough(), log,
                new ProgressStore.Progress(7, Set.of(0, 1, 7), Map.of(0, true)));
        assertThat(resumed.current()).isEqualTo(7);
        assertThat(resumed.answeredRight(0)).isTrue();
        assertThat(resumed.goTo(0)).as("stop 0 answered before: onto its event").isEqualTo(0);
        GuideState beyond = GuideState.of(seed.walkthrough(), log, new ProgressStore.Progress(99, Set.of(), Map.of()));
        assertThat(beyond.current()).as("a saved stop past the end opens the last").isEqualTo(seed.walkthrough().size() - 1);
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
