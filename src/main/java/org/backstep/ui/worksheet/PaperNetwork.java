package org.backstep.ui.worksheet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.backstep.lesson.worksheet.PrintedNetwork;
import org.backstep.ui.kit.Texts;

/**
 * The network as a printed sheet draws it: white ground, nodes with their names, grey edges each
 * labelled with its weight, each unit's bias beside it, and with one sample its inputs and
 * targets. A negative weight's edge is dashed, so the sign survives a greyscale printer without
 * resting on colour. It draws the sheet's numbers only, never the window's state, so the same
 * code draws into a PDF page and into a picture for the HTML copy.
 */
final class PaperNetwork {
    private static final Color INK = Color.BLACK;
    private static final Color EDGE = new Color(105, 105, 105);
    /** Where along an edge its weight may sit, most wanted first: clear of the nodes, then anywhere. */
    private static final double[] ALONG = {0.3, 0.7, 0.5, 0.4, 0.6, 0.25, 0.75, 0.35, 0.65, 0.45, 0.55, 0.2, 0.8, 0.15, 0.85,
            0.275, 0.725, 0.375, 0.625, 0.475, 0.525, 0.225, 0.775};

    private final PrintedNetwork net;
    private final Texts texts;
    private final Font font;
    private final int columns;

    /** @param font the sheet's typeface at any size */
    PaperNetwork(PrintedNetwork net, Texts texts, Font font) {
        this.net = net;
        this.texts = texts;
        this.font = font;
        this.columns = net.shape().layers() + 1;
    }

    /** The height the drawing wants at {@code width} points: room for the fullest column. */
    float height(float width) {
        // A deep network has more edges crossing between its columns, and so needs more room for their weights.
        double perNode = columns > 3 ? 84 : 54;
        return (float) Math.max(110, Math.min(width * 0.75, perNode * widest() + 30));
    }

    /**
     * Whether every edge gets its weight written on it. Past ten nodes in a column the numbers
     * would cover each other; the drawing then shows the shape, and the tables beside it the numbers.
     */
    boolean labelsEveryNumber() {
        return widest() <= 10;
    }

    private int widest() {
        int most = net.shape().inputs();
        for (int l = 0; l < net.shape().layers(); l++) {
            most = Math.max(most, net.shape().units(l));
        }
        return most;
    }

    private int nodesIn(int column) {
        return column == 0 ? net.shape().inputs() : net.shape().units(column - 1);
    }

    private String name(int column, int index) {
        return column == 0 ? net.inputNames().get(index) : net.unitNames(column - 1).get(index);
    }

    /** Where the nodes sit and how large they are, for a drawing of {@code width × height} points. */
    private record Layout(double left, double right, double middle, double spacing, double radius, int columns) {
        /** Columns evenly across, each column's nodes one spacing apart around the middle. */
        Point2D.Double centre(int column, int index, int nodes) {
            double x = columns == 1 ? (left + right) / 2 : left + (right - left) * column / (columns - 1);
            return new Point2D.Double(x, middle + (index - (nodes - 1) / 2.0) * spacing);
        }
    }

    private Layout layout(double width, double height) {
        boolean oneSample = net.samples() == 1;
        double gapX = width / Math.max(1, columns);
        // Room above the top node for its bias, and a little below the bottom one.
        double top = 6;
        double bottom = 6;
        double spacing = (height - top - bottom) / widest();
        double r = Math.min(17, Math.min(0.3 * gapX, 0.34 * spacing));
        r = labelsEveryNumber() ? Math.max(9, r) : Math.max(2, r);
        double left = r + 6;
        double right = width - r - (oneSample ? 52 : 6);
        return new Layout(left, right, top + (height - top - bottom) / 2, spacing, r, columns);
    }

    void paint(Graphics2D g, float width, float height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Float(0, 0, width, height));
        Layout at = layout(width, height);
        edges(g, at);
        List<Area> taken = new ArrayList<>();
        nodes(g, at, taken);
        if (labelsEveryNumber()) {
            g.setFont(font.deriveFont(Font.PLAIN, 7f));
            for (Label label : weights(g, at, taken)) {
                label.paint(g);
            }
        }
    }

    private void edges(Graphics2D g, Layout at) {
        BasicStroke solid = new BasicStroke(0.9f);
        BasicStroke dashed = new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {4f, 2.5f}, 0f);
        g.setColor(EDGE);
        for (int l = 0; l < net.shape().layers(); l++) {
            for (int to = 0; to < net.shape().units(l); to++) {
                for (int from = 0; from < net.shape().fanIn(l); from++) {
                    g.setStroke(net.weight(l, to, from) < 0 ? dashed : solid);
                    g.draw(new Line2D.Double(at.centre(l, from, nodesIn(l)), at.centre(l + 1, to, nodesIn(l + 1))));
                }
            }
        }
    }

    /**
     * Each node with its name; inside a unit its bias, inside an input (with one sample) its
     * value, beside an output (with one sample) its target. What is drawn is marked as taken.
     */
    private void nodes(Graphics2D g, Layout at, List<Area> taken) {
        double r = at.radius();
        Font nameFont = font.deriveFont(Font.BOLD, (float) Math.min(10, Math.max(7, r * 0.58)));
        Font valueFont = font.deriveFont(Font.PLAIN, (float) Math.min(7.5, Math.max(6, r * 0.42)));
        boolean oneSample = net.samples() == 1;
        int last = columns - 1;
        for (int c = 0; c < columns; c++) {
            for (int i = 0; i < nodesIn(c); i++) {
                Point2D.Double p = at.centre(c, i, nodesIn(c));
                Ellipse2D.Double circle = new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r);
                taken.add(new Area(circle));
                g.setColor(Color.WHITE);
                g.fill(circle);
                g.setColor(INK);
                g.setStroke(new BasicStroke(1.2f));
                g.draw(circle);
                if (!labelsEveryNumber() && r < 8) {
                    continue;
                }
                String inside = !labelsEveryNumber() ? null : c > 0 ? texts.format("worksheet.drawing.bias", texts.number(net.bias(c - 1, i)))
                        : oneSample ? texts.number(net.input(0, i)) : null;
                g.setFont(nameFont);
                centred(g, name(c, i), p.x, p.y + (inside == null ? g.getFontMetrics().getAscent() * 0.35 : -1.5));
                if (inside != null) {
                    g.setFont(valueFont);
                    Label label = Label.along(inside, g.getFontMetrics(), p.x, p.y + 1 + g.getFontMetrics().getAscent() / 2.0, 0);
                    label.paint(g);
                    taken.add(label.area());
                }
                if (c == last && oneSample) {
                    g.setFont(valueFont.deriveFont(8f));
                    g.setColor(INK);
                    g.drawString(texts.format("worksheet.drawing.target", texts.number(net.target(0, i))), (float) (p.x + r + 5),
                            (float) (p.y + g.getFontMetrics().getAscent() * 0.35));
                }
            }
        }
    }

    /**
     * Each weight on its edge, turned along it, at the first place along the edge that overlaps
     * no node or label placed so far (or, in a crowded drawing, the place that overlaps least).
     */
    private List<Label> weights(Graphics2D g, Layout at, List<Area> taken) {
        FontMetrics m = g.getFontMetrics();
        List<Label> labels = new ArrayList<>();
        for (int l = 0; l < net.shape().layers(); l++) {
            for (int from = 0; from < net.shape().fanIn(l); from++) {
                for (int to = 0; to < net.shape().units(l); to++) {
                    Point2D.Double a = at.centre(l, from, nodesIn(l));
                    Point2D.Double b = at.centre(l + 1, to, nodesIn(l + 1));
                    double angle = Math.atan2(b.y - a.y, b.x - a.x);
                    String text = texts.number(net.weight(l, to, from));
                    Label best = null;
                    double bestOverlap = Double.MAX_VALUE;
                    for (double t : ALONG) {
                        Label label = Label.along(text, m, a.x + t * (b.x - a.x), a.y + t * (b.y - a.y), angle);
                        double overlap = overlap(label.area(), taken);
                        if (overlap < bestOverlap) {
                            best = label;
                            bestOverlap = overlap;
                        }
                        if (overlap == 0) {
                            break;
                        }
                    }
                    labels.add(best);
                    taken.add(best.area());
                }
            }
        }
        return labels;
    }

    /** How much of {@code shape} lies over what is taken, measured on the bounding boxes of the overlaps. */
    private static double overlap(Area shape, List<Area> taken) {
        double total = 0;
        Rectangle2D bounds = shape.getBounds2D();
        for (Area other : taken) {
            if (!other.getBounds2D().intersects(bounds)) {
                continue;
            }
            Area common = new Area(shape);
            common.intersect(other);
            if (!common.isEmpty()) {
                Rectangle2D box = common.getBounds2D();
                total += box.getWidth() * box.getHeight();
            }
        }
        return total;
    }

    /** A number on a white patch, centred on a point and turned by {@code angle}, so lines under it do not cross its digits. */
    private record Label(String text, double x, double y, double angle, double width, double height, double ascent) {
        static Label along(String text, FontMetrics m, double x, double y, double angle) {
            return new Label(text, x, y, angle, m.stringWidth(text) + 3, m.getAscent() + m.getDescent(), m.getAscent());
        }

        Area area() {
            Area area = new Area(new Rectangle2D.Double(-width / 2, -height / 2, width, height));
            area.transform(java.awt.geom.AffineTransform.getRotateInstance(angle));
            area.transform(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
            return area;
        }

        void paint(Graphics2D g) {
            java.awt.geom.AffineTransform saved = g.getTransform();
            g.translate(x, y);
            g.rotate(angle);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(-width / 2, -height / 2, width, height));
            g.setColor(INK);
            g.drawString(text, (float) (-width / 2 + 1.5), (float) (-height / 2 + ascent));
            g.setTransform(saved);
        }
    }

    private static void centred(Graphics2D g, String text, double x, double baseline) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
    }
}
