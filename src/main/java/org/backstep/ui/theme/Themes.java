package org.backstep.ui.theme;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import javax.swing.UIManager;

/**
 * The app's own colours (nodes, edges, phases, highlights): keys in the {@code .properties} files
 * of this package, never constants in code, read from the look and feel {@link Appearance} set up.
 */
public final class Themes {
    static {
        // Once per program, before any theme is set up, so every theme finds the app's own keys.
        FlatLaf.registerCustomDefaultsSource("org.backstep.ui.theme");
    }

    private Themes() {
    }

    /** Makes sure the app's own keys are registered (the class's initialisation does it). */
    static void registerDefaults() {
        // Nothing more: calling this initialises the class.
    }

    /** An app colour from the theme's properties, e.g. {@code Backstep.edge.positive}. */
    public static Color color(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : UIManager.getColor("Label.foreground");
    }
}
