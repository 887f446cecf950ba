package org.backstep.ui;

import java.awt.Dimension;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.backstep.lesson.Lesson;
import org.backstep.ui.theme.Themes;

/** The window as the GUI tests open it: light theme, no zoom, 1366 × 768 (a lab laptop). */
final class TestWindows {
    private TestWindows() {
    }

    static FrameFixture open(Robot robot, Lesson lesson) {
        MainWindow frame = GuiActionRunner.execute(() -> {
            Themes.install();
            Themes.apply(Themes.Theme.LIGHT, false);
            Themes.setZoom(1f);
            return new MainWindow(lesson);
        });
        FrameFixture window = new FrameFixture(robot, frame);
        window.show(new Dimension(1366, 768));
        return window;
    }
}
