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
