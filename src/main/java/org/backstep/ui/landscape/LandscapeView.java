package org.backstep.ui.landscape;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import org.backstep.replay.landscape.LossGrid;
import org.backstep.ui.kit.FocusRepaint;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.theme.Themes;

/**
 * The map of the loss: paints the scene it was given and the marker where it was put, or a
 * message while there is none (being worked out, or a lesson with one trained parameter). Hover
 * for the loss under the mouse. Focusable, so the debugger's keys step the lesson from here.
 */
final class LandscapeView extends JComponent implements javax.accessibility.Accessible {
    private final Texts texts;
    private final Appearance appearance;
    private final LandscapePainter painter;
    private final LandscapeWords words;
    private LandscapeScene scene;
    private double[] marker;
    private String message = " ";
    /** The scene's colours at the plot's size, made again only for a new scene or a new size. */
    private java.awt.image.BufferedImage heat;

    LandscapeView(Texts texts, Appearance appearance) {
        this.texts = texts;
        this.appearance = appearance;
        this.painter = new LandscapePainter(texts);
        this.words = new LandscapeWords(texts);
        texts.nameControl(this, "landscape.map");
        setFocusable(true);
        setPreferredSize(new Dimension(560, 440));
        setMinimumSize(new Dimension(260, 220));
        ToolTipManager.sharedInstance().registerComponent(this);
        FocusRepaint.install(this);
        addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
            }
        });
        updateUI();
    }

    @Override
    public void updateUI() {
        // The zoomed default font of the window's appearance, taken again at every change of zoom.
        setFont(UIManager.getFont("Label.font"));
        repaint();
    }

    /** Shows {@code newScene} with the marker at {@code at}. */
    void show(LandscapeScene newScene, double[] at) {
        scene = newScene;
        heat = null;
        marker = at.clone();
        describe();
        repaint();
    }

    /** Moves the marker; the map stays as it is. */
    void moveMarker(double[] at) {
        if (scene == null) {
            return;
        }
        marker = at.clone();
        describe();
        repaint();
    }

    /** Shows no map, only {@code text} (being worked out, or why there is none). */
    void showMessage(String text) {
        scene = null;
        heat = null;
        message = text;
        getAccessibleContext().setAccessibleDescription(text);
        repaint();
    }

    private void describe() {
        getAccessibleContext().setAccessibleDescription(words.description(scene, marker));
    }

    LandscapeScene scene() {
        return scene;
    }

    /** Where the marker stands ({across, up}), or null without a map. */
    double[] marker() {
        return scene == null ? null : marker.clone();
    }

    /** The marker's place in pixels in the view as drawn now, or null without a map. */
    java.awt.geom.Point2D.Double markerPixel() {
        if (scene == null) {
            return null;
        }
        LandscapePainter.Frame f = painter.frame(scene, getFontMetrics(getFont()), getWidth(), getHeight(),
                appearance.zoom());
        return new java.awt.geom.Point2D.Double(f.px(marker[0]), f.py(marker[1]));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setFont(getFont());
            java.awt.Color foreground = UIManager.getColor("Label.foreground");
            java.awt.Color background = Themes.color("Backstep.diagram.background");
            if (scene == null) {
                g2.setColor(background);
                g2.fillRect(0, 0, getWidth(), getHeight());
                g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                        java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g2.setColor(foreground);
                FontMetrics fm = g2.getFontMetrics();
                g2.drawString(message, Math.max(4, (getWidth() - fm.stringWidth(message)) / 2), getHeight() / 2);
            } else {
                int side = painter.side(scene, g2.getFontMetrics(), getWidth(), getHeight(), appearance.zoom());
                if (heat == null || heat.getWidth() != side) {
                    heat = LandscapeColours.smooth(scene.positions(), scene.landscape().grid().size(), side);
                }
                painter.paint(g2, scene, marker, heat, getWidth(), getHeight(), appearance.zoom(), foreground,
                        background);
            }
            if (hasFocus()) {
                // Keyboard users must see where the focus is.
                g2.setColor(UIManager.getColor("Component.focusColor"));
                g2.setStroke(new java.awt.BasicStroke(2f * appearance.zoom()));
                g2.drawRect(1, 1, getWidth() - 3, getHeight() - 3);
            }
        } finally {
            g2.dispose();
        }
    }

    /** The two values and the loss of the grid's cell under the mouse. */
    @Override
    public String getToolTipText(MouseEvent e) {
        if (scene == null) {
            return getToolTipText();
        }
        LandscapePainter.Frame f = painter.frame(scene, getFontMetrics(getFont()), getWidth(), getHeight(),
                appearance.zoom());
        if (!f.contains(e.getX(), e.getY())) {
            return getToolTipText();
        }
        LossGrid grid = scene.landscape().grid();
        double x = f.valueX(e.getX());
        double y = f.valueY(e.getY());
        int c = cell(x, grid.range().xMin(), grid.range().width(), grid.size());
        int r = cell(y, grid.range().yMin(), grid.range().height(), grid.size());
        double loss = grid.value(c, r);
        String value = Double.isFinite(loss) ? texts.number(loss, 4) : texts.get("landscape.notANumber");
        return texts.format("landscape.hover", words.point(scene, grid.x(c), grid.y(r)), value);
    }

    private static int cell(double v, double lo, double width, int size) {
        return Math.max(0, Math.min(size - 1, (int) Math.floor((v - lo) / width * size)));
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.CANVAS;
                }
            };
        }
        return accessibleContext;
    }
}
