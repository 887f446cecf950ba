package org.backstep.app;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.backstep.cli.Cli;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.lesson.LessonException;
import org.backstep.ui.MainWindow;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.maths.MathsPanel;

/**
 * Starts Backstep. No argument, or one naming a lesson file or bundled lesson, opens the window;
 * anything else is the command line ({@code trace}, {@code train}, …).
 */
public final class Main {
    private static final String DEFAULT_LESSON = "seed-2-3-1";
    /**
     * With {@code -Dbackstep.exitWhenShown=true} the window closes itself this long after it is
     * shown: the installer build runs the app once like that to list the classes a start loads,
     * for its class-data-sharing archive.
     */
    private static final int SHOWN_FOR_MS = 2500;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 1 || args.length == 1 && !opensInWindow(args[0])) {
            System.exit(Cli.run(args));
        }
        boolean bridge = screenReaderBridgeWanted();
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("backstep: no display for the window; try 'backstep --help' for the command line");
            System.exit(Cli.BAD_USAGE);
        }
        boolean exitWhenShown = Boolean.getBoolean("backstep.exitWhenShown");
        boolean startupReport = Boolean.getBoolean("backstep.startupReport");
        startWindow(args.length > 0 ? args[0] : null, window -> {
            if (bridge) {
                // After the first paint: the bridge costs a third of a second that the window need not wait for.
                SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(Main::startScreenReaderBridge));
            }
            if (startupReport) {
                StartupReport.report(window, "backstep");
            }
            if (exitWhenShown) {
                Timer close = new Timer(SHOWN_FOR_MS, e -> System.exit(0));
                close.setRepeats(false);
                close.start();
            }
        });
    }

    /** The Linux screen-reader bridge (java-atk-wrapper), which turns Swing's accessibility into AT-SPI. */
    static final String ATK_BRIDGE = "org.GNOME.Accessibility.AtkWrapper";

    /**
     * True where the screen-reader bridge is installed (the jar's manifest and the installed app's
     * class path name its Debian location), the runtime has the module it needs, and the app runs in
     * a desktop session (a screen reader talks to it over the session's D-Bus). A user who names an
     * assistive technology themselves keeps it.
     */
    static boolean screenReaderBridgeWanted() {
        if (System.getProperty("javax.accessibility.assistive_technologies") != null
                || System.getenv("DBUS_SESSION_BUS_ADDRESS") == null
                || ModuleLayer.boot().findModule("java.management").isEmpty()) {
            return false;
        }
        try {
            Class.forName(ATK_BRIDGE, false, Main.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Starts the bridge as AWT would for {@code javax.accessibility.assistive_technologies}; a failure only loses it. */
    static void startScreenReaderBridge() {
        try {
            Class.forName(ATK_BRIDGE).getDeclaredConstructor().newInstance();
            // The bridge learns of windows as they open; tell it of the ones already open.
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w.isShowing()) {
                    w.dispatchEvent(new java.awt.event.WindowEvent(w, java.awt.event.WindowEvent.WINDOW_OPENED));
                    if (w.isActive()) {
                        w.dispatchEvent(new java.awt.event.WindowEvent(w, java.awt.event.WindowEvent.WINDOW_ACTIVATED));
                    }
                }
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            System.err.println("backstep: the screen-reader bridge did not start (" + e + "); the window works without it");
        }
    }

    /**
     * Opens the window. The seed lesson (JSON parsing) and the typesetting library load on two other
     * threads while the Swing thread sets up the theme, so a lab machine shows the window sooner.
     *
     * @param lessonArgument a lesson file or bundled id to open, or null
     * @param beforeShow     called on the Swing thread just before the window is shown
     */
    public static void startWindow(String lessonArgument, Consumer<MainWindow> beforeShow) {
        CompletableFuture<Lesson> seed = CompletableFuture.supplyAsync(Main::loadSeed, task -> {
            Thread t = new Thread(task, "backstep-lesson-loader");
            t.setDaemon(true);
            t.start();
        });
        MathsPanel.warmUpInBackground();
        SwingUtilities.invokeLater(() -> {
            UiContext ui = UiContext.forUser();
            ui.appearance().install();
            MainWindow window = new MainWindow(ui, seed.join());
            beforeShow.accept(window);
            if (lessonArgument == null) {
                // After the window's first paint, so the list opens over a visible window.
                window.afterFirstPaint(window::showLessonsOnFirstStart);
            }
            window.setVisible(true);
            if (lessonArgument != null) {
                window.open(lessonArgument);
            }
        });
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

    private static Lesson loadSeed() {
        try {
            return BundledLessons.load(DEFAULT_LESSON);
        } catch (LessonException e) {
            throw new IllegalStateException("the bundled lesson is broken: " + e.getMessage(), e);
        }
    }
}
