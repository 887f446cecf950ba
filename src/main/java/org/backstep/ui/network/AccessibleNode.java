package org.backstep.ui.network;

import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.util.Locale;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleComponent;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.accessibility.AccessibleState;
import javax.accessibility.AccessibleStateSet;
import org.backstep.ui.kit.Texts;

/**
 * One node of the diagram as a screen reader sees it: a child of the diagram with the node's name,
 * its value and gradient in words, and where it is drawn (so a screen magnifier can follow it).
 */
final class AccessibleNode extends AccessibleContext implements Accessible, AccessibleComponent {
    private final NetworkDiagram diagram;
    private final int indexInParent;
    private final DiagramState.Node node;
    private final Rectangle bounds;

    AccessibleNode(NetworkDiagram diagram, int indexInParent, DiagramState.Node node, Point2D centre, double radius) {
        this.diagram = diagram;
        this.indexInParent = indexInParent;
        this.node = node;
        int r = (int) Math.ceil(radius);
        bounds = new Rectangle((int) Math.round(centre.getX()) - r, (int) Math.round(centre.getY()) - r, 2 * r, 2 * r);
        setAccessibleName(node.label());
        setAccessibleDescription(describe(diagram.texts(), node));
        setAccessibleParent(diagram);
    }

    static String describe(Texts texts, DiagramState.Node n) {
        String value = n.valueKnown() ? texts.number(n.value()) : texts.get("value.unknown");
        String gradient = n.gradientKnown() ? texts.number(n.gradient()) : texts.get("value.unknown");
        String text = texts.format(n.preActivationOnly() ? "network.node.sum" : "network.node.value", n.label(), value,
                gradient);
        if (n.gatedOff()) {
            text += " " + texts.get("network.node.off");
        }
        return n.active() ? text + " " + texts.get("network.node.active") : text;
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        return this;
    }

    @Override
    public AccessibleRole getAccessibleRole() {
        return AccessibleRole.LABEL;
    }

    @Override
    public AccessibleStateSet getAccessibleStateSet() {
        AccessibleStateSet states = new AccessibleStateSet();
        states.add(AccessibleState.VISIBLE);
        states.add(AccessibleState.SHOWING);
        states.add(AccessibleState.ENABLED);
        if (node.selected()) {
            states.add(AccessibleState.SELECTED);
        }
        return states;
    }

    @Override
    public int getAccessibleIndexInParent() {
        return indexInParent;
    }

    @Override
    public int getAccessibleChildrenCount() {
        return 0;
    }

    @Override
    public Accessible getAccessibleChild(int i) {
        return null;
    }

    @Override
    public Locale getLocale() {
        return diagram.texts().locale();
    }

    @Override
    public AccessibleComponent getAccessibleComponent() {
        return this;
    }

    // ---- AccessibleComponent: where the node is; it paints with the diagram, so colours are the diagram's

    @Override
    public Color getBackground() {
        return diagram.getBackground();
    }

    @Override
    public void setBackground(Color c) {
    }

    @Override
    public Color getForeground() {
        return diagram.getForeground();
    }

    @Override
    public void setForeground(Color c) {
    }

    @Override
    public Cursor getCursor() {
        return diagram.getCursor();
    }

    @Override
    public void setCursor(Cursor cursor) {
    }

    @Override
    public Font getFont() {
        return diagram.getFont();
    }

    @Override
    public void setFont(Font f) {
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return diagram.getFontMetrics(f);
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public void setEnabled(boolean b) {
    }

    @Override
    public boolean isVisible() {
        return true;
    }

    @Override
    public void setVisible(boolean b) {
    }

    @Override
    public boolean isShowing() {
        return diagram.isShowing();
    }

    @Override
    public boolean contains(Point p) {
        return bounds.contains(p);
    }

    @Override
    public Point getLocationOnScreen() {
        Point origin = diagram.isShowing() ? diagram.getLocationOnScreen() : new Point();
        return new Point(origin.x + bounds.x, origin.y + bounds.y);
    }

    @Override
    public Point getLocation() {
        return bounds.getLocation();
    }

    @Override
    public void setLocation(Point p) {
    }

    @Override
    public Rectangle getBounds() {
        return new Rectangle(bounds);
    }

    @Override
    public void setBounds(Rectangle r) {
    }

    @Override
    public Dimension getSize() {
        return bounds.getSize();
    }

    @Override
    public void setSize(Dimension d) {
    }

    @Override
    public Accessible getAccessibleAt(Point p) {
        return null;
    }

    @Override
    public boolean isFocusTraversable() {
        return false;
    }

    @Override
    public void requestFocus() {
    }

    @Override
    public void addFocusListener(java.awt.event.FocusListener l) {
    }

    @Override
    public void removeFocusListener(java.awt.event.FocusListener l) {
    }
}
