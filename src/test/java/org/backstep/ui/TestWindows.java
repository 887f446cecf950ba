package org.backstep.ui;

import java.awt.Dimension;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.TestContexts;
import org.backstep.ui.kit.UiContext;

/**
 * The window as the GUI tests open it: a context of its own (light theme, no zoom, the system's
 * language, English here), 1366 × 768.
 */
final class TestWindows {
    private TestWindows() {
    }

    /** A bundled lesson in a new window, with no progress left from another test. */
    static FrameFixture openFresh(Robot robot, String lessonId) throws Exception {
        org.backstep.ui.walkthrough.WalkthroughPanel.flushSaves();
        org.backstep.lesson.ProgressStore.forUser().clear(lessonId);
        return open(robot, org.backstep.lesson.BundledLessons.load(lessonId));
    }

    /**
     * A bundled lesson in a new window, as a student sees it who has been through its guide and
     * was shown every answer: no question holds the cursor back (tests of stepping, not of the guide).
     */
    static FrameFixture openSettled(Robot robot, String lessonId) throws Exception {
        return openSettled(robot, org.backstep.lesson.BundledLessons.load(lessonId));
    }

    static FrameFixture openSettled(Robot robot, Lesson lesson) throws Exception {
        settle(lesson);
        FrameFixture window = open(robot, lesson);
        // The guide put the cursor on its first stop's event; these tests start from the step's start.
        GuiActionRunner.execute(() -> ((MainWindow) window.target()).session().seek(org.backstep.replay.ReplayCursor.START));
        robot.waitForIdle();
        return window;
    }

    /** Saves progress in which every question of {@code lesson}'s guide was shown, at its first stop. */
    static void settle(Lesson lesson) throws Exception {
        org.backstep.ui.walkthrough.WalkthroughPanel.flushSaves();
        java.util.Map<Integer, org.backstep.lesson.Answer> shown = new java.util.HashMap<>();
        java.util.Set<Integer> visited = new java.util.HashSet<>();
        for (int i = 0; i < lesson.walkthrough().size(); i++) {
            visited.add(i);
            if (lesson.walkthrough().stop(i).question() != null) {
                shown.put(i, new org.backstep.lesson.Answer(0, false, false, true, java.time.Instant.now()));
            }
        }
        org.backstep.lesson.ProgressStore.forUser().save(lesson.id(),
                new org.backstep.lesson.ProgressStore.Progress(0, visited, java.util.Set.of(), shown, 0));
    }

    static FrameFixture open(Robot robot, Lesson lesson) {
        MainWindow frame = GuiActionRunner.execute(() -> {
            UiContext ui = TestContexts.fresh();
            ui.appearance().install();
            return new MainWindow(ui, lesson);
        });
        FrameFixture window = new FrameFixture(robot, frame);
        window.show(new Dimension(1366, 768));
        return window;
    }
}
