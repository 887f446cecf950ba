package org.backstep.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every string the window shows, from {@code org/backstep/ui/messages*.properties}. */
public final class Texts {
    private static ResourceBundle bundle = ResourceBundle.getBundle("org.backstep.ui.messages", Locale.getDefault());

    private Texts() {
    }

    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must be visible in review, never a crash in a lab.
            return "!" + key + "!";
        }
    }

    /**
     * Gives a control its stable component name and, from the bundle, its accessible name
     * ({@code name.name}) and tooltip ({@code name.tip}).
     */
    public static void nameControl(javax.swing.JComponent control, String name) {
        control.setName(name);
        control.getAccessibleContext().setAccessibleName(get(name + ".name"));
        control.setToolTipText(get(name + ".tip"));
    }

    /** Text made safe to place in HTML (a label's, a narration's, an exported page's). */
    public static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), bundle.getLocale()).format(args);
    }
}
