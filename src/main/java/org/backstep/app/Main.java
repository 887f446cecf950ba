package org.backstep.app;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.backstep.cli.Cli;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.ui.MainWindow;
import org.backstep.ui.theme.Themes;

/**
 * Starts Backstep. No argument, or one naming a lesson file or bundled lesson, opens the window;
 * anything else is the command line ({@code trace}, {@code train}, …).
 */
public final class Main {
    private static final String DEFAULT_LESSON = "seed-2-3-1";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 1 || args.length == 1 && !opensInWindow(args[0])) {
            System.exit(Cli.run(args));
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("backstep: no display for the window; try 'backstep --help' for the command line");
            System.exit(Cli.BAD_USAGE);
        }
        SwingUtilities.invokeLater(() -> openWindow(args.length > 0 ? args[0] : null));
    }

    /** A lone argument opens the window when it names a lesson file or a bundled lesson. */
    private static boolean opensInWindow(String arg) {
        if (arg.startsWith("-")) {
            return false;
        }
        try {
            return java.nio.file.Files.isRegularFile(Path.of(arg)) || BundledLessons.ids().contains(arg);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Runs on the Swing thread. */
    static MainWindow openWindow(String lessonPath) {
        Themes.install();
        MainWindow window;
        try {
            window = new MainWindow(BundledLessons.load(DEFAULT_LESSON));
        } catch (LessonException e) {
            throw new IllegalStateException("the bundled lesson is broken: " + e.getMessage(), e);
        }
        window.setVisible(true);
        if (lessonPath != null) {
            window.open(lessonPath);
        }
        return window;
    }

    /** For tests: the window on a given lesson. */
    static MainWindow openWindow(Lesson lesson) {
        Themes.install();
        MainWindow window = new MainWindow(lesson);
        window.setVisible(true);
        return window;
    }
}
