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
 * Starts Backstep. A first argument naming a command ({@code trace}, {@code train}, …, or an
 * option) runs the command line; no argument, or a lesson file, opens the window.
 */
public final class Main {
    private static final String DEFAULT_LESSON = "seed-2-3-1";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("backstep: no display for the window; try 'backstep --help' for the command line");
            System.exit(Cli.BAD_USAGE);
        }
        SwingUtilities.invokeLater(() -> openWindow(args.length > 0 ? args[0] : null));
    }

    private static boolean isCommand(String arg) {
        return arg.startsWith("-") || switch (arg) {
            case "trace", "train", "gradcheck", "validate", "help" -> true;
            default -> false;
        };
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
            window.open(Path.of(lessonPath));
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
