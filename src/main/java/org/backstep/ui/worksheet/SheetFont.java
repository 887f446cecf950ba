package org.backstep.ui.worksheet;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of a printed worksheet: Liberation Sans, which OpenPDF carries inside its jar.
 * It has every letter the three languages need and the maths signs of the sheets (ŷ, η, ∂, ·, ≤,
 * □), it is embedded in the PDF so every printer shows the same, and the picture of the network
 * is drawn with it too, so the HTML copy looks like the PDF on any school machine.
 */
final class SheetFont {
    private static final String RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

    private SheetFont() {
    }

    /** The font file's bytes. */
    static byte[] bytes() {
        try (InputStream in = SheetFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the app is missing its worksheet font " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font for Java2D drawing, at 1 point (derive the size wanted). */
    static Font awt() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes())).deriveFont(1f);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the worksheet font cannot be read", e);
        }
    }
}
