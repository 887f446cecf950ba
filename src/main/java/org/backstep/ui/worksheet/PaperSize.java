package org.backstep.ui.worksheet;

import java.util.Locale;
import java.util.Set;

/** The paper a worksheet is laid out for, in PostScript points (1/72 inch). */
public enum PaperSize {
    A4(595.28f, 841.89f, "A4"),
    LETTER(612f, 792f, "letter");

    /** Countries whose schools print on Letter; everywhere else A4 is the norm. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO");

    private final float width;
    private final float height;
    private final String css;

    PaperSize(float width, float height, String css) {
        this.width = width;
        this.height = height;
        this.css = css;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The name CSS's {@code @page size} uses. */
    public String css() {
        return css;
    }

    /** Letter where the locale's country prints on it (en-US, es-MX …), A4 otherwise. */
    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** The size with this {@link #name()}, or {@code fallback} for anything else (a remembered choice). */
    public static PaperSize named(String name, PaperSize fallback) {
        for (PaperSize size : values()) {
            if (size.name().equals(name)) {
                return size;
            }
        }
        return fallback;
    }
}
