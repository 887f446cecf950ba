package org.backstep.ui;

import java.awt.Dimension;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.backstep.lesson.Lesson;
import org.backstep.ui.theme.Themes;

/** The window as the GUI tests open it: light theme, no zoom, the system's language (English), 1366 × 768. */
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
            Themes.install();
            Themes.apply(Themes.Theme.LIGHT, false);
            Themes.setZoom(1f);
            // A language test that failed half-way must not leave the next window in German.
            Texts.choose("");
            return new MainWindow(lesson);
        });
        FrameFixture window = new FrameFixture(robot, frame);
        window.show(new Dimension(1366, 768));
        return window;
    }
}
