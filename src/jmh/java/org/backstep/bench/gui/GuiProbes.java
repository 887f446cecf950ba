package org.backstep.bench.gui;

import java.awt.Component;
import java.awt.Container;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.SwingUtilities;

/**
 * Small pieces shared by the window measurements: keeping the measurements away from the user's
 * saved settings, finding a control by its component name, and waiting for the Swing thread.
 */
final class GuiProbes {
    private GuiProbes() {
    }

    /**
     * Points java.util.prefs at a fresh folder, so every measurement starts from the default theme
     * and zoom, and nothing a measurement does (the theme code saves its choice) reaches the real
     * user's settings. Must run before anything touches {@code Preferences}. A folder already named
     * by {@code -Djava.util.prefs.userRoot} is kept.
     */
    static void isolatePreferences() {
        if (System.getProperty("java.util.prefs.userRoot") != null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("backstep-gui-prefs");
            System.setProperty("java.util.prefs.userRoot", dir.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover folder in the temporary directory does no harm.
        }
    }

    /** The first component named {@code name} under {@code root} (depth first), of the given type. */
    static <T extends Component> T find(Container root, String name, Class<T> type) {
        T found = search(root, name, type);
        if (found == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " named '" + name + "' in the window");
        }
        return found;
    }

    private static <T extends Component> T search(Component c, String name, Class<T> type) {
        if (name.equals(c.getName()) && type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                T found = search(child, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Runs {@code task} on the Swing thread and waits, unwrapping what it throws. */
    static void onEdt(Runnable task) {
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lets a newly shown window settle: waits until the Swing thread has run a few rounds of
     * queued work (the first layout and paint, and the tasks they queue) and a short pause for the
     * display server's expose events.
     */
    static void settle(long millis) {
        for (int i = 0; i < 3; i++) {
            onEdt(() -> { });
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int i = 0; i < 3; i++) {
            onEdt(() -> { });
        }
    }

    /** "1920x1080" as {width, height}. */
    static int[] size(String spec) {
        String[] parts = spec.toLowerCase(java.util.Locale.ROOT).split("x");
        return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
    }
}
