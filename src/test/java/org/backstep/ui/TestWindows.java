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
