package org.backstep.ui.kit;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javax.swing.JComponent;
import org.backstep.engine.Numbers;
import org.backstep.ui.settings.Settings;

/**
 * Every string the window shows, from {@code org/backstep/ui/messages*.properties}, in one
 * language: the one the user chose (View ▸ Language) or else the system's when Backstep ships it.
 * A value: another language is another {@code Texts}, and a window is built again with it.
 */
public final class Texts {
    /** The languages shipped, English (the base bundle) first. */
    public static final List<String> LANGUAGES = List.of("en", "es", "de");
    private static final String BASE = "org.backstep.ui.messages";
    private static final String CHOSEN = "language";
    // A decimal point between digits; exponents ("1e-05") and names ("W1[0]") have none.
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<=\\d)\\.(?=\\d)");

    private final String chosen;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final char decimalSeparator;

    private Texts(String chosen) {
        this.chosen = chosen;
        String tag = LANGUAGES.contains(chosen) ? chosen : systemLanguage();
        Locale system = Locale.getDefault();
        // The system's country, when it speaks the language, picks the right number style (es-MX, de-CH …).
        locale = system.getLanguage().equals(tag) ? system : Locale.forLanguageTag(tag);
        // No fallback to the system locale: English chosen on a German system must stay English.
        bundle = ResourceBundle.getBundle(BASE, Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    /** The texts in the language the user chose in the app, or the system's. */
    public static Texts chosenIn(Settings settings) {
        return new Texts(settings.get(CHOSEN, ""));
    }

    /** Remembers {@code language} as the user's choice ("" follows the system) and gives the texts in it. */
    public static Texts choose(Settings settings, String language) {
        settings.put(CHOSEN, language);
        return new Texts(language);
    }

    /** The texts in {@code language} ("" for the system's), without remembering it. */
    public static Texts in(String language) {
        return new Texts(language);
    }

    /** The language the user picked in the app, or "" to follow the system. */
    public String chosenLanguage() {
        return chosen;
    }

    /** The shipped language the system asks for, English when it asks for another. */
    public static String systemLanguage() {
        String system = Locale.getDefault().getLanguage();
        return LANGUAGES.contains(system) ? system : "en";
    }

    /**
     * Makes Swing's own dialogs (OK, Cancel, the file chooser) speak this language: a setting of
     * Swing's, for the whole program, made when a window in this language is built.
     */
    public void applyToSwing() {
        JComponent.setDefaultLocale(locale);
    }

    /** The language texts are shown in now: one of {@link #LANGUAGES}. */
    public String language() {
        String tag = bundle.getLocale().getLanguage();
        return tag.isEmpty() ? "en" : tag;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must be visible in review, never a crash in a lab.
            return "!" + key + "!";
        }
    }

    /** The text for {@code key}, or {@code fallback} where the bundle has none (texts named by data). */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * Gives a control its stable component name and, from the bundle, its accessible name
     * ({@code name.name}) and tooltip ({@code name.tip}).
     */
    public void nameControl(JComponent control, String name) {
        control.setName(name);
        control.getAccessibleContext().setAccessibleName(get(name + ".name"));
        control.setToolTipText(get(name + ".tip"));
        // The main actions have a letter (Alt+letter), chosen per language from the button's own word.
        if (control instanceof javax.swing.AbstractButton button && bundle.containsKey(name + ".mnemonic")) {
            button.setMnemonic(java.awt.event.KeyEvent.getExtendedKeyCodeForChar(get(name + ".mnemonic").charAt(0)));
        }
    }

    /**
     * The words of a bundle's or a label's HTML as a screen reader should get them: tags dropped,
     * entities back to their characters (the inverse of {@link #escapeHtml}).
     */
    /**
     * The label of {@code control}: the words of {@code key + ".text"}, its letter from
     * {@code key + ".mnemonic"} (Alt+letter moves to the control), read out with the control.
     */
    public javax.swing.JLabel labelFor(JComponent control, String key) {
        javax.swing.JLabel label = new javax.swing.JLabel(get(key + ".text"));
        label.setLabelFor(control);
        label.setDisplayedMnemonic(java.awt.event.KeyEvent.getExtendedKeyCodeForChar(get(key + ".mnemonic").charAt(0)));
        return label;
    }

    public static String plainText(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** Text made safe to place in HTML (a label's, a narration's, an exported page's). */
    public static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A number as {@link Numbers#format} writes it (the same digits everywhere), with the locale's decimal mark. */
    public String number(double value) {
        return localDecimals(Numbers.format(value));
    }

    /** As {@link #number}, with at most {@code digits} significant digits. */
    public String number(double value, int digits) {
        return localDecimals(Numbers.format(value, digits));
    }

    /**
     * A substituted formula ("max(0, 0.46) = 0.46") in the locale's style. Where the decimal mark
     * is a comma, the formula's own argument commas become semicolons first, as schools write
     * them there ("max(0; 0,46) = 0,46"), so no number can be misread.
     */
    public String localFormula(String formula) {
        return decimalSeparator == ',' ? localDecimals(formula.replace(", ", "; ")) : localDecimals(formula);
    }

    /** {@code text} (a formula with numbers, say) with each decimal point between digits in the locale's style. */
    public String localDecimals(String text) {
        return decimalSeparator == '.' ? text : DECIMAL_POINT.matcher(text).replaceAll(String.valueOf(decimalSeparator));
    }
}
