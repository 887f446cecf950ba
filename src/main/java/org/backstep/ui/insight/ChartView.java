package org.backstep.ui.insight;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import org.knowm.xchart.XYChart;

/**
 * A small XChart chart painted on the Swing thread. The chart is rebuilt (on the Swing thread, as
 * XChart needs) whenever its numbers change; these charts have a handful of points, so painting
 * them directly costs little.
 */
final class ChartView extends JComponent implements javax.accessibility.Accessible {
    private XYChart chart;

    void show(XYChart newChart, String description) {
        chart = newChart;
        getAccessibleContext().setAccessibleDescription(description);
        repaint();
    }

    XYChart chart() {
        return chart;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (chart == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.paint(g2, getWidth(), getHeight());
        g2.dispose();
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
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
