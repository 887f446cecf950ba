package org.backstep.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import java.util.Locale;
import javax.swing.UIManager;
import org.backstep.ui.settings.Settings;

/**
 * How one window looks: FlatLaf light, dark or high contrast, and a zoom for projectors, both
 * remembered in the user's {@link Settings}. The look and feel itself is Swing's, one for the
 * whole program: {@link #install} sets it up from this appearance, and every change here is
 * applied to it and to the windows that are open.
 */
public final class Appearance {
    /** The themes a user can choose. */
    public enum Theme { LIGHT, DARK, HIGH_CONTRAST }

    public static final float MIN_ZOOM = 1.0f;
    public static final float MAX_ZOOM = 3.0f;

    private final Settings settings;
    private Theme theme;
    private float zoom;
    /** The theme's own font size, which the zoom multiplies. */
    private float baseFontSize = -1;

    private Appearance(Settings settings, Theme theme, float zoom) {
        this.settings = settings;
        this.theme = theme;
        this.zoom = zoom;
    }

    /** The appearance the user chose last; a lab can force a theme for every user with {@code -Dbackstep.theme=dark}. */
    public static Appearance saved(Settings settings) {
        return new Appearance(settings, savedTheme(settings), clamp(settings.getFloat("zoom", 1.0f)));
    }

    /** The light theme at 100 %, whatever was chosen before (tests, a first start). */
    public static Appearance plain(Settings settings) {
        return new Appearance(settings, Theme.LIGHT, 1.0f);
    }

    private static Theme savedTheme(Settings settings) {
        String forced = System.getProperty("backstep.theme");
        try {
            if (forced != null) {
                return Theme.valueOf(forced.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            return Theme.valueOf(settings.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    /** Sets Swing's look and feel up as this appearance says; on the Swing thread, before a window is built. */
    public void install() {
        setUp(false);
    }

    /** Switches the theme of every open window and remembers it. */
    public void apply(Theme newTheme) {
        theme = newTheme;
        setUp(true);
        settings.put("theme", theme.name());
    }

    private void setUp(boolean updateOpenWindows) {
        Themes.registerDefaults();
        FlatLaf laf = switch (theme) {
            case LIGHT -> new FlatLightLaf();
            case DARK -> new FlatDarkLaf();
            case HIGH_CONTRAST -> new BackstepHighContrastLaf();
        };
        // Drop the zoomed font first, so the new theme's own size is the base of the zoom.
        UIManager.put("defaultFont", null);
        FlatLaf.setup(laf);
        baseFontSize = UIManager.getFont("defaultFont").getSize2D();
        applyZoom();
        // Caret-at-end on focus: screen readers then read the field's label, not "selected".
        UIManager.put("TextComponent.selectAllOnFocusPolicy", "never");
        if (updateOpenWindows) {
            FlatLaf.updateUI();
        }
    }

    public Theme theme() {
        return theme;
    }

    /**
     * Past this zoom, panels placed side by side stand one above the other (the Layers and cost
     * charts), and a row of buttons is split, so text keeps the window's width.
     */
    public boolean stacksPanels() {
        return zoom > 1.5f;
    }

    /**
     * Past this zoom, two columns no longer fit a 1366-pixel lab screen: the debugger is one column
     * and the transport's and training's buttons take more rows.
     */
    public boolean oneColumn() {
        return zoom > 2.25f;
    }

    /** The zoom applied to every text and drawing, 1.0 to 3.0. */
    public float zoom() {
        return zoom;
    }

    /** Sets the zoom, re-lays every window out and remembers it. */
    public void setZoom(float newZoom) {
        zoom = clamp(newZoom);
        applyZoom();
        FlatLaf.updateUI();
        settings.putFloat("zoom", zoom);
    }

    private void applyZoom() {
        if (baseFontSize < 0) {
            baseFontSize = UIManager.getFont("defaultFont").getSize2D();
        }
        Font font = UIManager.getFont("defaultFont");
        UIManager.put("defaultFont", font.deriveFont(baseFontSize * zoom));
    }

    private static float clamp(float z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(z * 4) / 4f));
    }
}
