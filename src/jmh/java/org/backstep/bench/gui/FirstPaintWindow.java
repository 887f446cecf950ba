package org.backstep.bench.gui;

import org.backstep.app.Main;
import org.backstep.app.StartupReport;

/**
 * Backstep's own window on the seed lesson, opened exactly as the app's main class opens it
 * ({@link Main#startWindow}), timed from JVM start to its first paint. Run it
 * in a fresh JVM for every measurement.
 */
public final class FirstPaintWindow {
    private FirstPaintWindow() {
    }

    public static void main(String[] args) {
        StartupReport.mark("main");
        GuiProbes.isolatePreferences();
        // Exactly as the app starts: Main.startWindow loads in parallel and shows the window.
        Main.startWindow(null, window -> {
            StartupReport.mark("built");
            StartupReport.report(window, "backstep");
        });
    }
}
