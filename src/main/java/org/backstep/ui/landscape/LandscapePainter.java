package org.backstep.ui.landscape;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.backstep.replay.landscape.Contours;
import org.backstep.replay.landscape.LandscapePath;
import org.backstep.replay.landscape.LandscapeRange;
import org.backstep.replay.landscape.LossScale;
import org.backstep.ui.kit.Texts;

/**
 * Draws a {@link LandscapeScene}: the loss as colours (smoothed between the grid's cells), its
 * contour lines, the axes with round ticks and the two parameters' names, a colour legend with
 * losses at its ticks, the path training took as a line with dots, its start as a ring, the
 * lowest point of the map as a cross and the cursor's marker as a diamond. Shapes, not colours
 * alone, tell the marks apart. Knows no Swing component, so tests paint into images.
 */
final class LandscapePainter {
    /** Dots drawn along a path at most: two thousand points would make one thick line. */
    static final int PATH_DOTS = 40;

    private final Texts texts;

    LandscapePainter(Texts texts) {
        this.texts = texts;
    }

    /** Where the square plot of the grid stands in a drawing. */
    record Frame(double left, double top, double side, LandscapeRange range) {
        double px(double x) {
            return left + (x - range.xMin()) / range.width() * side;
        }

        double py(double y) {
            return top + side - (y - range.yMin()) / range.height() * side;
        }

        /** The across value at pixel column {@code x}. */
        double valueX(double x) {
            return range.xMin() + (x - left) / side * range.width();
        }

        /** The up value at pixel row {@code y}. */
        double valueY(double y) {
            return range.yMin() + (top + side - y) / side * range.height();
        }

        boolean contains(double x, double y) {
            return x >= left && x <= left + side && y >= top && y <= top + side;
        }
    }

    /** The side in pixels of the square plot in a drawing of this size. */
    int side(LandscapeScene scene, FontMetrics fm, int width, int height, float zoom) {
        return (int) Math.round(frame(scene, fm, width, height, zoom).side());
    }

    /** The plot's place in a drawing of {@code width × height} with these font metrics. */
    Frame frame(LandscapeScene scene, FontMetrics fm, int width, int height, float zoom) {
        LandscapeRange range = scene.landscape().grid().range();
        double pad = 8 * zoom;
        double labelWidth = 0;
        for (double v : Ticks.between(range.yMin(), range.yMax(), 5)) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(texts.number(v, 3)));
        }
        double left = pad + fm.getHeight() + 4 * zoom + labelWidth + 6 * zoom;
        double bottom = pad + 2 * fm.getHeight() + 6 * zoom;
        double top = pad + fm.getHeight() + 4 * zoom;
        double right = pad + legendWidth(scene, fm, zoom);
        double side = Math.max(10, Math.min(width - left - right, height - top - bottom));
        // The square stands centred in the room left beside the legend.
        double spare = Math.max(0, width - left - right - side);
        return new Frame(left + spare / 2, top, side, range);
    }

    private double legendWidth(LandscapeScene scene, FontMetrics fm, float zoom) {
        LossScale scale = scene.landscape().scale();
        double widest = fm.stringWidth(texts.get("landscape.legend"));
        for (double t : legendTicks()) {
            widest = Math.max(widest, 16 * zoom + 6 * zoom + fm.stringWidth(texts.number(scale.lossAt(t), 3)));
        }
        return 16 * zoom + widest;
    }

    private static double[] legendTicks() {
        return new double[] {0, 0.25, 0.5, 0.75, 1};
    }

    /**
     * Paints {@code scene} with the marker at {@code marker} (null: none). {@code heat} is the
     * colours at the plot's size ({@link LandscapeColours#smooth}), kept by the caller so a move
     * of the marker does not colour every pixel again; null makes it here.
     */
    void paint(Graphics2D g, LandscapeScene scene, double[] marker, java.awt.image.BufferedImage heat, int width,
               int height, float zoom, Color foreground, Color background) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        FontMetrics fm = g.getFontMetrics();
        Frame f = frame(scene, fm, width, height, zoom);
        AffineTransform saved = g.getTransform();
        int side = (int) Math.round(f.side());
        java.awt.image.BufferedImage colours = heat != null && heat.getWidth() == side ? heat
                : LandscapeColours.smooth(scene.positions(), scene.landscape().grid().size(), side);
        g.drawImage(colours, (int) Math.round(f.left()), (int) Math.round(f.top()), null);
        java.awt.Shape clip = g.getClip();
        g.clip(new java.awt.geom.Rectangle2D.Double(f.left(), f.top(), f.side(), f.side()));
        paintContours(g, scene, f, zoom);
        paintPath(g, scene.landscape().path(), f, zoom);
        paintLowest(g, scene, f, zoom);
        if (marker != null) {
            paintMarker(g, f.px(marker[0]), f.py(marker[1]), zoom);
        }
        g.setClip(clip);
        g.setTransform(saved);
        paintAxes(g, scene, f, fm, zoom, foreground);
        paintLegend(g, scene, f, fm, zoom, foreground);
    }

    private void paintContours(Graphics2D g, LandscapeScene scene, Frame f, float zoom) {
        LossScale scale = scene.landscape().scale();
        g.setStroke(new BasicStroke(1f * zoom));
        Line2D.Double line = new Line2D.Double();
        for (Contours.Line level : scene.landscape().contours()) {
            boolean dark = LandscapeColours.darkGround(scale.position(level.level()));
            g.setColor(dark ? new Color(255, 255, 255, 150) : new Color(0, 0, 0, 130));
            double[] s = level.segments();
            for (int k = 0; k < s.length; k += 4) {
                line.setLine(f.px(s[k]), f.py(s[k + 1]), f.px(s[k + 2]), f.py(s[k + 3]));
                g.draw(line);
            }
        }
    }

    private static void paintPath(Graphics2D g, LandscapePath path, Frame f, float zoom) {
        if (path.isEmpty()) {
            return;
        }
        Path2D.Double line = new Path2D.Double();
        line.moveTo(f.px(path.xs()[0]), f.py(path.ys()[0]));
        for (int k = 1; k < path.size(); k++) {
            line.lineTo(f.px(path.xs()[k]), f.py(path.ys()[k]));
        }
        // A dark edge under a light line: it shows over every colour of the ramp.
        g.setColor(new Color(0, 0, 0, 190));
        g.setStroke(new BasicStroke(4f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        int every = Math.max(1, (path.size() + PATH_DOTS - 1) / PATH_DOTS);
        double r = 2.6 * zoom;
        g.setStroke(new BasicStroke(1f * zoom));
        for (int k = 0; k < path.size(); k += every) {
            Ellipse2D.Double dot = new Ellipse2D.Double(f.px(path.xs()[k]) - r, f.py(path.ys()[k]) - r, 2 * r, 2 * r);
            g.setColor(Color.WHITE);
            g.fill(dot);
            g.setColor(Color.BLACK);
            g.draw(dot);
        }
        // The start: a ring larger than the dots.
        double ring = 6.5 * zoom;
        Ellipse2D.Double start = new Ellipse2D.Double(f.px(path.xs()[0]) - ring, f.py(path.ys()[0]) - ring, 2 * ring,
                2 * ring);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4.5f * zoom));
        g.draw(start);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.2f * zoom));
        g.draw(start);
    }

    private static void paintLowest(Graphics2D g, LandscapeScene scene, Frame f, float zoom) {
        double lx = scene.landscape().grid().lowestX();
        double ly = scene.landscape().grid().lowestY();
        if (Double.isNaN(lx)) {
            return;
        }
        double x = f.px(lx);
        double y = f.py(ly);
        double a = 5 * zoom;
        Path2D.Double cross = new Path2D.Double();
        cross.moveTo(x - a, y - a);
        cross.lineTo(x + a, y + a);
        cross.moveTo(x - a, y + a);
        cross.lineTo(x + a, y - a);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(cross);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.8f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(cross);
    }

    private static void paintMarker(Graphics2D g, double x, double y, float zoom) {
        double a = 8 * zoom;
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(x, y - a);
        diamond.lineTo(x + a, y);
        diamond.lineTo(x, y + a);
        diamond.lineTo(x - a, y);
        diamond.closePath();
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4.5f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(diamond);
        // Orange-red, the opposite of the ramp's hues; a black edge inside the white one.
        g.setColor(new Color(0xe6, 0x3b, 0x12));
        g.fill(diamond);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.6f * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(diamond);
    }

    private void paintAxes(Graphics2D g, LandscapeScene scene, Frame f, FontMetrics fm, float zoom, Color foreground) {
        LandscapeRange range = f.range();
        g.setColor(foreground);
        g.setStroke(new BasicStroke(1f * zoom));
        g.draw(new java.awt.geom.Rectangle2D.Double(f.left(), f.top(), f.side(), f.side()));
        double tick = 5 * zoom;
        double bottom = f.top() + f.side();
        for (double v : Ticks.between(range.xMin(), range.xMax(), 5)) {
            double x = f.px(v);
            g.draw(new Line2D.Double(x, bottom, x, bottom + tick));
            String label = texts.number(v, 3);
            g.drawString(label, (float) (x - fm.stringWidth(label) / 2.0), (float) (bottom + tick + fm.getAscent()));
        }
        double widest = 0;
        for (double v : Ticks.between(range.yMin(), range.yMax(), 5)) {
            double y = f.py(v);
            g.draw(new Line2D.Double(f.left() - tick, y, f.left(), y));
            String label = texts.number(v, 3);
            widest = Math.max(widest, fm.stringWidth(label));
            g.drawString(label, (float) (f.left() - tick - 2 * zoom - fm.stringWidth(label)),
                    (float) (y + fm.getAscent() / 2.0 - 1));
        }
        String across = scene.acrossName();
        g.drawString(across, (float) (f.left() + (f.side() - fm.stringWidth(across)) / 2),
                (float) (bottom + tick + fm.getHeight() + fm.getAscent() + 2 * zoom));
        AffineTransform saved = g.getTransform();
        // Beside the tick labels, read from the bottom up.
        double x = f.left() - tick - 2 * zoom - widest - 6 * zoom - fm.getDescent();
        double y = f.top() + (f.side() + fm.stringWidth(scene.upName())) / 2;
        g.rotate(-Math.PI / 2, x, y);
        g.drawString(scene.upName(), (float) x, (float) y);
        g.setTransform(saved);
    }

    private void paintLegend(Graphics2D g, LandscapeScene scene, Frame f, FontMetrics fm, float zoom,
                             Color foreground) {
        LossScale scale = scene.landscape().scale();
        double x = f.left() + f.side() + 16 * zoom;
        double barWidth = 16 * zoom;
        int steps = Math.max(2, (int) f.side());
        for (int k = 0; k < steps; k++) {
            double t = (k + 0.5) / steps;
            g.setColor(LandscapeColours.at(t));
            double y0 = f.top() + f.side() * (1 - (k + 1.0) / steps);
            g.fill(new java.awt.geom.Rectangle2D.Double(x, y0, barWidth, f.side() / steps + 1));
        }
        g.setColor(foreground);
        g.setStroke(new BasicStroke(1f * zoom));
        g.draw(new java.awt.geom.Rectangle2D.Double(x, f.top(), barWidth, f.side()));
        g.drawString(texts.get("landscape.legend"), (float) x, (float) (f.top() - 4 * zoom - fm.getDescent()));
        if (!scale.spreads()) {
            return;
        }
        for (double t : legendTicks()) {
            double y = f.top() + f.side() * (1 - t);
            g.draw(new Line2D.Double(x + barWidth, y, x + barWidth + 4 * zoom, y));
            g.drawString(texts.number(scale.lossAt(t), 3), (float) (x + barWidth + 6 * zoom),
                    (float) (y + fm.getAscent() / 2.0 - 1));
        }
    }
}
