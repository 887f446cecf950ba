package org.backstep.ui.worksheet;

/** The two kinds of file a worksheet is written as. */
public enum SheetFormat {
    PDF("pdf"),
    HTML("html");

    private final String extension;

    SheetFormat(String extension) {
        this.extension = extension;
    }

    /** The file name's ending, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format with this {@link #name()}, or {@code fallback}. */
    public static SheetFormat named(String name, SheetFormat fallback) {
        for (SheetFormat format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        return fallback;
    }
}
