package org.backstep.ui.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import org.backstep.engine.Phase;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.theme.Themes;

/**
 * Draws a {@link DiagramState}: edges with thickness by |weight| in the forward pass and by
 * |gradient| in the backward pass, colour and line style by sign (dashed when negative, so sign
 * never rests on colour alone), the active node and the edges it reads highlighted, gated ReLU
 * units crossed out; each edge labelled with its weight (its gradient in the backward pass) where
 * the network is small enough for the labels to be read. Under a node, its gradient says which it
 * is, ∂L/∂a or ∂L/∂z, and a closed gate shows both. Knows nothing of Swing components, so tests
 * paint into images.
 */
public final class NetworkPainter {
    /** Up to this many edges, each is labelled by default; more would cover the picture. */
    static final int LABELLED_EDGES = 30;

    private final Texts texts;
    private final NetworkLayout layout;
    private final boolean edgeLabels;

    /** A painter that labels the edges if the network is small ({@link #labelsByDefault}). */
    public NetworkPainter(Texts texts, NetworkLayout layout) {
        this(texts, layout, labelsByDefault(layout));
    }

    public NetworkPainter(Texts texts, NetworkLayout layout, boolean edgeLabels) {
        this.texts = texts;
        this.layout = layout;
        this.edgeLabels = edgeLabels;
    }

    /** Whether a network of this layout gets its edges labelled unless the student says otherwise. */
    public static boolean labelsByDefault(NetworkLayout layout) {
        int edges = 0;
        for (int c = 0; c + 1 < layout.columns(); c++) {
            edges += layout.nodesIn(c) * layout.nodesIn(c + 1);
        }
        return edges <= LABELLED_EDGES;
    }

    public boolean edgeLabels() {
        return edgeLabels;
    }

    /** Pixel geometry for a drawing of {@code width × height}. */
    public record Geometry(double width, double height, double radius) {
        Point2D.Double centre(NetworkLayout layout, int column, int index) {
            return new Point2D.Double(layout.x(column) * width, layout.y(column, index) * height);
        }
    }

    public Geometry geometry(int width, int height) {
        // Nodes never touch, and leave room for a gradient under them: at most 36 % of the gap to the next node in a column or across columns.
        double vertical = height / (layout.widestColumn() + 1.0);
        double horizontal = width * 0.8 / Math.max(1, layout.columns() - 1);
        // Nor do the first and last columns stick out of the picture when it is tall (the guide beside it at 200 %).
        double side = 0.9 * width * Math.min(layout.x(0), 1 - layout.x(layout.columns() - 1));
        double r = Math.max(6, Math.min(Math.min(0.36 * vertical, side),
                Math.min(0.3 * horizontal, 0.14 * Math.min(width, height))));
        return new Geometry(width, height, r);
    }

    public void paint(Graphics2D g, DiagramState state, int width, int height, float zoom) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Themes.color("Backstep.diagram.background"));
        g.fillRect(0, 0, width, height);
        Geometry geo = geometry(width, height);
        boolean byGradient = state.phase() == Phase.BACKWARD || state.phase() == Phase.UPDATE;
        double scale = largestMagnitude(state, byGradient);
        for (int l = 0; l + 1 < state.columns(); l++) {
            for (int to = 0; to < state.nodesIn(l + 1); to++) {
                for (int from = 0; from < state.nodesIn(l); from++) {
                    paintEdge(g, geo, state.edge(l, to, from), byGradient, scale, zoom);
                }
            }
        }
        if (edgeLabels) {
            for (int l = 0; l + 1 < state.columns(); l++) {
                for (int to = 0; to < state.nodesIn(l + 1); to++) {
                    for (int from = 0; from < state.nodesIn(l); from++) {
                        paintEdgeLabel(g, geo, state.edge(l, to, from), state.phase() == Phase.BACKWARD, zoom);
                    }
                }
            }
        }
        for (int c = 0; c < state.columns(); c++) {
            for (int i = 0; i < state.nodesIn(c); i++) {
                paintNode(g, geo, state.node(c, i), zoom);
            }
        }
        Font base = g.getFont();
        g.setFont(base.deriveFont(Font.BOLD, 13f * zoom));
        g.setColor(Themes.color("Backstep.node.text"));
        FontMetrics m = g.getFontMetrics();
        if (state.caption() != null) {
            // Top right, above the outputs, kept inside the drawing.
            g.drawString(state.caption(), width - m.stringWidth(state.caption()) - 8 * zoom, m.getAscent() + 4 * zoom);
        }
        if (state.sampleCaption() != null) {
            g.drawString(state.sampleCaption(), 8 * zoom, m.getAscent() + 4 * zoom);
        }
        g.setFont(base);
    }

    private static double largestMagnitude(DiagramState state, boolean byGradient) {
        double max = 1e-12;
        for (int l = 0; l + 1 < state.columns(); l++) {
            for (int to = 0; to < state.nodesIn(l + 1); to++) {
                for (int from = 0; from < state.nodesIn(l); from++) {
                    DiagramState.Edge e = state.edge(l, to, from);
                    double v = byGradient ? (e.gradientKnown() ? Math.abs(e.gradient()) : 0) : Math.abs(e.weight());
                    if (Double.isFinite(v)) {
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return max;
    }

    private void paintEdge(Graphics2D g, Geometry geo, DiagramState.Edge e, boolean byGradient, double scale,
                           float zoom) {
        Point2D.Double a = geo.centre(layout, e.column(), e.from());
        Point2D.Double b = geo.centre(layout, e.column() + 1, e.to());
        Line2D.Double line = new Line2D.Double(a, b);
        double v = byGradient ? (e.gradientKnown() ? e.gradient() : 0) : e.weight();
        boolean known = !byGradient || e.gradientKnown();
        double magnitude = Double.isFinite(v) ? Math.abs(v) / scale : 1;
        float thickness = (float) ((known ? 1 + 6 * magnitude : 1) * zoom);
        if (e.active() || e.read()) {
            g.setColor(Themes.color(e.active() ? "Backstep.active" : "Backstep.read"));
            g.setStroke(new BasicStroke(thickness + 6 * zoom, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
        }
        Color color = !known || v == 0 ? Themes.color("Backstep.edge.neutral")
                : Themes.color(v > 0 ? "Backstep.edge.positive" : "Backstep.edge.negative");
        g.setColor(color);
        g.setStroke(v < 0 && known ? dashed(thickness, zoom) : new BasicStroke(thickness, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND));
        g.draw(line);
    }

    /**
     * The edge's number on a small plate near the unit it feeds, just clear of its circle: there the
     * edges into one unit still come from apart, so the plates rarely overlap. The backward pass
     * labels the gradient (in the backward colour) once it is known; every other phase the weight.
     */
    private void paintEdgeLabel(Graphics2D g, Geometry geo, DiagramState.Edge e, boolean backward, float zoom) {
        boolean gradient = backward && e.gradientKnown();
        Point2D.Double a = geo.centre(layout, e.column(), e.from());
        Point2D.Double b = geo.centre(layout, e.column() + 1, e.to());
        Font base = g.getFont();
        // Scaled with the zoom, but never so large beside the nodes that the plates cover them.
        g.setFont(base.deriveFont(Font.PLAIN, (float) Math.max(9, Math.min(11 * zoom, geo.radius() * 0.36))));
        String text = texts.number(gradient ? e.gradient() : e.weight(), 3);
        FontMetrics m = g.getFontMetrics();
        float w = m.stringWidth(text) + 6 * zoom;
        float h = m.getAscent() + m.getDescent() + 2 * zoom;
        // Clear of the unit it feeds, where the edges into that unit still come from apart.
        double length = a.distance(b);
        double clear = geo.radius() + Math.hypot(w / 2, h / 2) + 3 * zoom;
        double fromTarget = Math.min(0.6 * length, Math.max(0.32 * length, clear));
        double x = b.x + (a.x - b.x) * fromTarget / length;
        double y = b.y + (a.y - b.y) * fromTarget / length;
        java.awt.geom.RoundRectangle2D.Float plate = new java.awt.geom.RoundRectangle2D.Float(
                (float) x - w / 2, (float) y - h / 2, w, h, 6 * zoom, 6 * zoom);
        g.setColor(Themes.color("Backstep.diagram.background"));
        g.fill(plate);
        g.setColor(Themes.color(e.active() ? "Backstep.active" : e.read() ? "Backstep.read" : "Backstep.edge.neutral"));
        g.setStroke(new BasicStroke((e.active() || e.read() ? 2f : 1f) * zoom));
        g.draw(plate);
        g.setColor(Themes.color(gradient ? "Backstep.phase.backward" : "Backstep.node.text"));
        centred(g, text, x, y - h / 2 + 1 * zoom + m.getAscent());
        g.setFont(base);
    }

    private static Stroke dashed(float thickness, float zoom) {
        float dash = Math.max(4, 3 * thickness) * Math.max(1, zoom / 2);
        return new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {dash, dash * 0.6f}, 0f);
    }

    private void paintNode(Graphics2D g, Geometry geo, DiagramState.Node n, float zoom) {
        Point2D.Double c = geo.centre(layout, n.column(), n.index());
        double r = geo.radius();
        Ellipse2D.Double circle = new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r);
        g.setColor(Themes.color(n.gatedOff() ? "Backstep.node.gated" : "Backstep.node.background"));
        g.fill(circle);
        if (n.gatedOff()) {
            // A closed gate: the unit passes nothing on, in either direction.
            g.setColor(Themes.color("Backstep.node.outlineColor"));
            g.setStroke(new BasicStroke(1.5f * zoom));
            g.draw(new Line2D.Double(c.x - r * 0.7, c.y + r * 0.7, c.x + r * 0.7, c.y - r * 0.7));
        }
        String ring = n.active() ? "Backstep.active" : n.selected() ? "Backstep.selected"
                : n.read() ? "Backstep.read" : "Backstep.node.outlineColor";
        g.setColor(Themes.color(ring));
        g.setStroke(new BasicStroke((n.active() || n.selected() || n.read() ? 4f : 1.5f) * zoom));
        g.draw(circle);

        Font base = g.getFont();
        float size = (float) Math.max(8 * zoom, Math.min(14 * zoom, r * 0.42));
        g.setFont(base.deriveFont(Font.BOLD, size));
        g.setColor(Themes.color("Backstep.node.text"));
        centred(g, n.label(), c.x, c.y - r * 0.18);
        g.setFont(base.deriveFont(Font.PLAIN, size));
        boolean unknown = !n.valueKnown();
        g.setColor(Themes.color(unknown ? "Backstep.node.unknownText" : "Backstep.node.text"));
        String value = unknown ? "?" : (n.preActivationOnly() ? "z " : "") + fitted(g, n.value(), 1.8 * r);
        centred(g, value, c.x, c.y + r * 0.42);
        // The gradient goes under the node where the column leaves room; in a crowded column only
        // the active or selected node shows it (the tables and the tooltip have them all).
        boolean room = geo.height() / (layout.nodesIn(n.column()) + 1.0) > 2 * r + 1.5 * size;
        if (room || n.active() || n.selected()) {
            g.setColor(Themes.color("Backstep.phase.backward"));
            double below = c.y + r + size * 1.3;
            for (String line : gradientLines(g, n, 3 * r)) {
                centred(g, line, c.x, below);
                below += size * 1.2;
            }
        }
        g.setFont(base);
    }

    /**
     * What is written under a node of the backward pass: the newest gradient with its name, and at
     * a closed gate both, since there ∂L/∂a is not what passes back (∂L/∂z is 0).
     */
    private java.util.List<String> gradientLines(Graphics2D g, DiagramState.Node n, double width) {
        String a = n.gradientKnown() ? "∂L/∂a " + fitted(g, n.gradient(), width) : null;
        String z = n.preGradientKnown() ? "∂L/∂z " + fitted(g, n.preGradient(), width) : null;
        if (z != null && a != null && n.gatedOff()) {
            return java.util.List.of(a, z);
        }
        if (z != null) {
            return java.util.List.of(z);
        }
        return a != null ? java.util.List.of(a) : java.util.List.of();
    }

    /** The value with as many significant digits (6 down to 2) as fit in {@code width} pixels. */
    private String fitted(Graphics2D g, double v, double width) {
        FontMetrics m = g.getFontMetrics();
        for (int digits = 6; digits > 2; digits--) {
            String text = texts.number(v, digits);
            if (m.stringWidth(text) <= width) {
                return text;
            }
        }
        return texts.number(v, 2);
    }

    private static void centred(Graphics2D g, String text, double x, double baselineY) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) baselineY);
    }

    /** The node under a point, as {column, index}, or null. */
    public int[] nodeAt(Geometry geo, double x, double y) {
        for (int c = 0; c < layout.columns(); c++) {
            for (int i = 0; i < layout.nodesIn(c); i++) {
                if (geo.centre(layout, c, i).distance(x, y) <= geo.radius()) {
                    return new int[] {c, i};
                }
            }
        }
        return null;
    }

    /** The edge under a point, as {layer, to, from}, or null. */
    public int[] edgeAt(Geometry geo, double x, double y, double tolerance) {
        for (int l = 0; l + 1 < layout.columns(); l++) {
            for (int to = 0; to < layout.nodesIn(l + 1); to++) {
                for (int from = 0; from < layout.nodesIn(l); from++) {
                    Line2D.Double line = new Line2D.Double(geo.centre(layout, l, from), geo.centre(layout, l + 1, to));
                    if (line.ptSegDist(x, y) <= tolerance) {
                        return new int[] {l, to, from};
                    }
                }
            }
        }
        return null;
    }
}
