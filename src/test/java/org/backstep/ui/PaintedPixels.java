package org.backstep.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.backstep.ui.theme.Themes;

/** What a component shows, counted: it is painted as Swing would, and the pixels of one theme colour counted. */
final class PaintedPixels {
    private PaintedPixels() {
    }

    /** How many pixels of {@code component} are in the theme colour {@code key}. */
    static int inColour(JComponent component, String key) {
        return GuiActionRunner.execute(() -> {
            BufferedImage image = new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            component.paint(g);
            g.dispose();
            int colour = Themes.color(key).getRGB() & 0xFFFFFF;
            int count = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) == colour) {
                        count++;
                    }
                }
            }
            return count;
        });
    }
}
