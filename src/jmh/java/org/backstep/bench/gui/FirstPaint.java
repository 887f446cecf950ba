package org.backstep.bench.gui;

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
 * Start-up time to the first painted window, the same way for every window measured: a see-through
 * glass pane is laid over the frame's content, and the first time Swing paints it (the glass pane
 * comes last when a frame paints, after the menu bar and every panel) the wall clock is read. The
 * result is printed as milliseconds since the JVM started, with any moments noted on the way
 * ({@link #mark}), then the JVM exits.
 *
 * <p>The JVM's start time comes from the runtime MXBean, which is loaded only after the clock has
 * been read, so loading the management classes does not count against the window.
 */
final class FirstPaint {
    /** Named moments on the way to the first paint, in wall-clock milliseconds. */
    private static final List<String> MARK_NAMES = new ArrayList<>();
    private static final List<Long> MARK_TIMES = new ArrayList<>();

    private FirstPaint() {
    }

    /** Notes a moment (e.g. "main", "theme") to print with the result, as milliseconds since JVM start. */
    static synchronized void mark(String name) {
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
    static void report(JFrame frame, String what) {
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
