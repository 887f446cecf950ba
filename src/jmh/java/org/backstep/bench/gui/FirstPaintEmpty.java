package org.backstep.bench.gui;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Dimension;
import java.awt.Toolkit;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.backstep.app.StartupReport;

/**
 * The floor for {@link FirstPaintWindow}: an empty frame with the FlatLaf light look, the same size
 * Backstep's window takes on this screen, timed from JVM start to its first paint. Run it in a
 * fresh JVM for every measurement.
 */
public final class FirstPaintEmpty {
    private FirstPaintEmpty() {
    }

    public static void main(String[] args) {
        StartupReport.mark("main");
        GuiProbes.isolatePreferences();
        SwingUtilities.invokeLater(() -> {
            StartupReport.mark("edt");
            FlatLightLaf.setup();
            StartupReport.mark("theme");
            JFrame frame = new JFrame("empty");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
            // The size MainWindow picks for itself, so both windows paint the same area.
            frame.setSize(Math.min(1366, screen.width), Math.min(768, screen.height));
            frame.setLocationRelativeTo(null);
            StartupReport.mark("built");
            StartupReport.report(frame, "empty");
            frame.setVisible(true);
            StartupReport.mark("shown");
        });
    }
}
