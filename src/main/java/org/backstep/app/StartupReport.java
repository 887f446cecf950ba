package org.backstep.app;

import java.awt.Graphics;
import java.awt.Toolkit;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Start-up time to the first painted window ({@code -Dbackstep.startupReport=true}, used by the
 * benchmarks and the installer check), measured the same way for every window: a see-through
 * glass pane is laid over the frame's content, and the first time Swing paints it (the glass pane
 * comes last when a frame paints, after the menu bar and every panel) the wall clock is read. The
 * result is printed as milliseconds since the JVM started, with any moments noted on the way
 * ({@link #mark}), then the JVM exits.
 *
 * <p>Times count from the start of the JVM, read from the runtime MXBean only after the paint, so
 * loading the management classes does not count against the window. (The process start time the
 * operating system gives is only as exact as its boot time, a whole second on Linux.)
 */
public final class StartupReport {
    /** Named moments on the way to the first paint, in wall-clock milliseconds. */
    private static final List<String> MARK_NAMES = new ArrayList<>();
    private static final List<Long> MARK_TIMES = new ArrayList<>();

    private StartupReport() {
    }

    /** Notes a moment (e.g. "main", "theme") to print with the result, in ms since the JVM started. */
    public static synchronized void mark(String name) {
        MARK_TIMES.add(System.currentTimeMillis());
        MARK_NAMES.add(name);
    }

    private static synchronized String marks(long start) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < MARK_NAMES.size(); i++) {
            sb.append(' ').append(MARK_NAMES.get(i)).append("Ms=").append(MARK_TIMES.get(i) - start);
        }
        return sb.toString();
    }

    /** Call on the Swing thread before {@code setVisible(true)}. */
    public static void report(JFrame frame, String what) {
        JComponent glass = new JComponent() {
            private boolean seen;

            @Override
            protected void paintComponent(Graphics g) {
                if (seen) {
                    return;
                }
                seen = true;
                long paintedAt = System.currentTimeMillis();
                // After this paint has been copied to the screen: print and leave.
                SwingUtilities.invokeLater(() -> {
                    Toolkit.getDefaultToolkit().sync();
                    long start = ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println(String.format(Locale.ROOT,
                            "backstep-startup window=%s firstPaintMs=%d size=%dx%d%s", what, paintedAt - start,
                            frame.getWidth(), frame.getHeight(), marks(start)));
                    System.out.flush();
                    System.exit(0);
                });
            }
        };
        glass.setOpaque(false);
        frame.setGlassPane(glass);
        glass.setVisible(true);
    }
}
