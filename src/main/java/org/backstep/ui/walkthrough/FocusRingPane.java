package org.backstep.ui.walkthrough;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import javax.swing.BorderFactory;
import javax.swing.JEditorPane;
import javax.swing.UIManager;
import org.backstep.ui.kit.FocusRepaint;

/**
 * The read-only HTML text of a guide stop. It takes the focus (a screen reader reads it, a
 * keyboard student can come back to it) and then draws the theme's focus ring around itself,
 * which a borderless text would otherwise not show.
 */
final class FocusRingPane extends JEditorPane {
    private static final int RING = 2;

    FocusRingPane() {
        super("text/html", "");
        // The ring comes and goes with the focus.
        FocusRepaint.install(this);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // Room for the ring, so it never covers the first or last letters.
        setBorder(BorderFactory.createEmptyBorder(RING + 1, RING + 1, RING + 1, RING + 1));
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (isFocusOwner()) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(UIManager.getColor("Component.focusColor"));
            g2.setStroke(new BasicStroke(RING));
            g2.drawRoundRect(RING / 2, RING / 2, getWidth() - RING, getHeight() - RING, 6, 6);
            g2.dispose();
        }
    }
}
