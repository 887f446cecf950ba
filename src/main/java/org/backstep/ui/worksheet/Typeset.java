package org.backstep.ui.worksheet;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Equations set by JLaTeXMath in black for paper, as the maths panel sets them on screen. */
final class Typeset {
    private Typeset() {
    }

    /** {@code latex} set at {@code size} points, or null where JLaTeXMath cannot read it (the caller writes it as text). */
    static TeXIcon icon(String latex, float size) {
        try {
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_TEXT, size);
            icon.setForeground(Color.BLACK);
            return icon;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The icon painted on white at {@code scale} pixels per point, for a page that embeds pictures. */
    static BufferedImage image(TeXIcon icon, float scale) {
        int w = Math.max(1, (int) Math.ceil(icon.getIconWidth() * scale));
        int h = Math.max(1, (int) Math.ceil(icon.getIconHeight() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return image;
    }
}
