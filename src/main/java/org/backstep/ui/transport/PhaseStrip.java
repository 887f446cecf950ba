package org.backstep.ui.transport;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import javax.swing.JComponent;
import org.backstep.engine.Phase;
import org.backstep.trace.EventLog;
import org.backstep.ui.theme.Themes;

/** A band under the timeline: each event's phase as a colour, breakpoint hits as marks. */
final class PhaseStrip extends JComponent {
    private EventLog log;
    private int[] marks = new int[0];

    PhaseStrip() {
        setPreferredSize(new Dimension(200, 10));
        setMinimumSize(new Dimension(40, 8));
    }

    void show(EventLog newLog, int[] newMarks) {
        this.log = newLog;
        this.marks = newMarks.clone();
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (log == null || log.size() == 0) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g;
        int n = log.size();
        int w = getWidth();
        int h = getHeight();
        // One slice per event (several events share a pixel in long logs).
        int from = 0;
        while (from < n) {
            Phase phase = log.phase(from);
            int to = from;
            while (to < n && log.phase(to) == phase) {
                to++;
            }
            g2.setColor(Themes.color("Backstep.phase." + phase.fileName()));
            int x0 = (int) ((long) from * w / n);
            int x1 = (int) ((long) to * w / n);
            g2.fillRect(x0, h / 3, Math.max(1, x1 - x0), h - h / 3);
            from = to;
        }
        g2.setColor(Themes.color("Backstep.breakpoint"));
        for (int m : marks) {
            int x = (int) ((m + 0.5) * w / n);
            g2.fillPolygon(new int[] {x - 4, x + 4, x}, new int[] {0, 0, h / 2 + 1}, 3);
        }
    }
}
