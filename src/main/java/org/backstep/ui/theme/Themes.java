package org.backstep.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Font;
import java.util.prefs.Preferences;
import javax.swing.UIManager;

/**
 * The look of the window: FlatLaf light, dark or high contrast, and a zoom for projectors. The
 * app's own colours (nodes, edges, phases, highlights) are keys in the {@code .properties} files of
 * this package, never constants in code. The choice is remembered for the user.
 */
public final class Themes {
    /** The themes a user can choose. */
    public enum Theme { LIGHT, DARK, HIGH_CONTRAST }

    public static final float MIN_ZOOM = 1.0f;
    public static final float MAX_ZOOM = 3.0f;
    /** Tests point this elsewhere ({@code -Dbackstep.prefs=…}) so they never touch a user's choices. */
    private static final Preferences PREFS = Preferences.userRoot()
            .node(System.getProperty("backstep.prefs", "org/backstep/ui"));
    private static float baseFontSize = -1;

    /** The user's saved window settings: the theme and zoom here, and a few others of the window's. */
    public static Preferences settings() {
        return PREFS;
    }

    private static float zoom = 1.0f;

    static {
        // Before any theme is set up, so every theme finds the app's own keys.
        FlatLaf.registerCustomDefaultsSource("org.backstep.ui.theme");
    }

    private Themes() {
    }

    /** Installs the remembered theme and zoom; call once, on the Swing thread, before any window. */
    public static void install() {
        zoom = clamp(PREFS.getFloat("zoom", 1.0f));
        apply(saved(), false);
    }

    /** The remembered theme; a lab can force one for every user with {@code -Dbackstep.theme=dark}. */
    public static Theme saved() {
        String forced = System.getProperty("backstep.theme");
        try {
            if (forced != null) {
                return Theme.valueOf(forced.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            }
            return Theme.valueOf(PREFS.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    /** Switches the theme of every open window and remembers it. */
    public static void apply(Theme theme, boolean updateOpenWindows) {
        FlatLaf laf = switch (theme) {
            case LIGHT -> new FlatLightLaf();
            case DARK -> new FlatDarkLaf();
            case HIGH_CONTRAST -> new BackstepHighContrastLaf();
        };
        // Drop the zoomed font first, so the new theme's own size is the base of the zoom.
        UIManager.put("defaultFont", null);
        FlatLaf.setup(laf);
        Font font = UIManager.getFont("defaultFont");
        baseFontSize = font.getSize2D();
        applyZoom();
        // Caret-at-end on focus: screen readers then read the field's label, not "selected".
        UIManager.put("TextComponent.selectAllOnFocusPolicy", "never");
        if (updateOpenWindows) {
            FlatLaf.updateUI();
        }
        PREFS.put("theme", theme.name());
    }

    public static Theme current() {
        return UIManager.getLookAndFeel() instanceof BackstepHighContrastLaf ? Theme.HIGH_CONTRAST
                : FlatLaf.isLafDark() ? Theme.DARK : Theme.LIGHT;
    }

    /**
     * Past this zoom, panels placed side by side stand one above the other (the Layers and cost
     * charts), and a row of buttons is split, so text keeps the window's width.
     */
    public static boolean stacksPanels() {
        return zoom > 1.5f;
    }

    /**
     * Past this zoom, two columns no longer fit a 1366-pixel lab screen: the debugger is one column
     * and the transport's and training's buttons take more rows.
     */
    public static boolean oneColumn() {
        return zoom > 2.25f;
    }

    /** The zoom applied to every text and drawing, 1.0 to 3.0. */
    public static float zoom() {
        return zoom;
    }

    /** Sets the zoom, re-lays every window out and remembers it. */
    public static void setZoom(float newZoom) {
        zoom = clamp(newZoom);
        applyZoom();
        FlatLaf.updateUI();
        PREFS.putFloat("zoom", zoom);
    }

    private static void applyZoom() {
        Font font = UIManager.getFont("defaultFont");
        UIManager.put("defaultFont", font.deriveFont(baseFontSize * zoom));
    }

    private static float clamp(float z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(z * 4) / 4f));
    }

    /** An app colour from the theme's properties, e.g. {@code Backstep.edge.positive}. */
    public static Color color(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : UIManager.getColor("Label.foreground");
    }
}
