package org.backstep.ui.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Where a run diverged, drawn on its loss curve: a dashed vertical line at the epoch that broke, a
 * diamond at the height of the last finite loss and a short label beside the line, inside the plot
 * (left of the line, or right of it when the line is near the plot's left edge), clear of the
 * diamond. Part of the chart,
 * so a saved picture of the chart has it too.
 */
final class DivergenceMark extends Annotation {
    private final double epoch;
    private final double height;
    private final String label;
    private final Color ink;
    private final Color fill;
    private final Color paper;
    private final Font font;
    private final float zoom;

    /**
     * @param epoch  where the line stands, in epochs
     * @param height where the diamond sits, in the chart's y units (a power of ten on a log axis)
     */
    /** @param paper the plot's colour, under the label so the curve never runs through its words */
    DivergenceMark(double epoch, double height, String label, Color ink, Color fill, Color paper, Font font,
                   float zoom) {
        super(false);
        this.epoch = epoch;
        this.height = height;
        this.label = label;
        this.ink = ink;
        this.fill = fill;
        this.paper = paper;
        this.font = font.deriveFont(Font.BOLD);
        this.zoom = zoom;
    }

    @Override
    public void paint(Graphics2D g) {
        int x = getXAxisScreenValue(epoch);
        int y = getYAxisScreenValue(height);
        int top = Math.min(getYAxisScreenValueForMax(), getYAxisScreenValueForMin());
        int bottom = Math.max(getYAxisScreenValueForMax(), getYAxisScreenValueForMin());
        int left = Math.min(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
        Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(ink);
        g.setStroke(new BasicStroke(1.5f * zoom, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f * zoom, 4f * zoom}, 0f));
        g.drawLine(x, top, x, bottom);
        int r = Math.round(7 * zoom);
        Polygon diamond = new Polygon(new int[] {x, x + r, x, x - r}, new int[] {y - r, y, y + r, y}, 4);
        g.setColor(fill);
        g.fill(diamond);
        g.setColor(ink);
        g.setStroke(new BasicStroke(1.5f * zoom));
        g.draw(diamond);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int gap = Math.round(6 * zoom);
        int width = metrics.stringWidth(label);
        int textX = x - gap - width >= left + gap ? x - gap - width : x + gap;
        // Beside the line, clear of the diamond: below it in the upper half of the plot, else above.
        int textY = y < (top + bottom) / 2 ? y + r + gap + metrics.getAscent() : y - r - gap - metrics.getDescent();
        int pad = Math.round(2 * zoom);
        g.setColor(paper);
        g.fillRect(textX - pad, textY - metrics.getAscent() - pad, width + 2 * pad,
                metrics.getAscent() + metrics.getDescent() + 2 * pad);
        g.setColor(ink);
        g.drawString(label, textX, textY);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
        bounds = new Rectangle2D.Double(Math.min(x - r, textX), top, Math.max(x + r, textX + width) - Math.min(x - r, textX),
                bottom - top);
    }
}
