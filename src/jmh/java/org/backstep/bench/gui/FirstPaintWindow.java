package org.backstep.bench.gui;

import javax.swing.SwingUtilities;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.LessonException;
import org.backstep.ui.MainWindow;
import org.backstep.ui.theme.Themes;

/**
 * Backstep's own window on the seed lesson, opened as the app's main class opens it (theme, window,
 * shown, all from one task on the Swing thread), timed from JVM start to its first paint. Run it
 * in a fresh JVM for every measurement.
 */
public final class FirstPaintWindow {
    private FirstPaintWindow() {
    }

    public static void main(String[] args) {
        FirstPaint.mark("main");
        GuiProbes.isolatePreferences();
        SwingUtilities.invokeLater(() -> {
            FirstPaint.mark("edt");
            Themes.install();
            FirstPaint.mark("theme");
            MainWindow window;
            try {
                window = new MainWindow(BundledLessons.load("seed-2-3-1"));
            } catch (LessonException e) {
                throw new IllegalStateException(e);
            }
            FirstPaint.mark("built");
            FirstPaint.report(window, "backstep");
            window.setVisible(true);
            FirstPaint.mark("shown");
        });
    }
}
