package org.backstep.ui.kit;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.Icon;
import javax.swing.UIManager;
import org.backstep.ui.theme.Appearance;

/**
 * Transport symbols drawn as shapes, so they look the same whatever fonts a lab machine has and
 * scale with the zoom.
 */
public final class TransportIcon implements Icon {
    /** The symbols. */
    public enum Shape { REWIND, PREVIOUS_PHASE, BACK, PLAY, PAUSE, FORWARD, NEXT_PHASE, END }

    private final Shape shape;
    private final Appearance appearance;

    public TransportIcon(Shape shape, Appearance appearance) {
        this.shape = shape;
        this.appearance = appearance;
    }

    @Override
    public int getIconWidth() {
        return Math.round(16 * appearance.zoom());
    }

    @Override
    public int getIconHeight() {
        return Math.round(14 * appearance.zoom());
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(c.isEnabled() ? UIManager.getColor("Button.foreground") : UIManager.getColor("Button.disabledText"));
        g2.translate(x, y);
        double s = appearance.zoom();
        g2.scale(s, s);
        switch (shape) {
            case PLAY, FORWARD -> g2.fill(triangle(4, true));
            case BACK -> g2.fill(triangle(4, false));
            case PAUSE -> {
                g2.fillRect(3, 1, 4, 12);
                g2.fillRect(9, 1, 4, 12);
            }
            case NEXT_PHASE -> {
                g2.fill(triangle(0, true));
                g2.fill(triangle(7, true));
            }
            case PREVIOUS_PHASE -> {
                g2.fill(triangle(1, false));
                g2.fill(triangle(8, false));
            }
            case END -> {
                g2.fill(triangle(2, true));
                g2.fillRect(11, 1, 3, 12);
            }
            case REWIND -> {
                g2.fillRect(2, 1, 3, 12);
                g2.fill(triangle(5, false));
            }
        }
        if (shape == Shape.FORWARD || shape == Shape.BACK) {
            // A single step: a bar beside the triangle tells it apart from play.
            g2.fillRect(shape == Shape.FORWARD ? 12 : 1, 1, 2, 12);
        }
        g2.dispose();
    }

    private static Path2D triangle(double left, boolean pointsRight) {
        Path2D.Double p = new Path2D.Double();
        if (pointsRight) {
            p.moveTo(left, 1);
            p.lineTo(left + 8, 7);
            p.lineTo(left, 13);
        } else {
            p.moveTo(left + 8, 1);
            p.lineTo(left, 7);
            p.lineTo(left + 8, 13);
        }
        p.closePath();
        return p;
    }
}
