package org.backstep.ui.transport;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.util.List;
import javax.swing.JComponent;
import org.backstep.replay.LogSearch;
import org.backstep.trace.EventLog;
import org.backstep.ui.theme.Themes;

/** A band under the timeline: each event's phase as a colour, breakpoint hits as marks. */
final class PhaseStrip extends JComponent {
    private int events;
    private List<LogSearch.PhaseRun> runs = List.of();
    private int[] marks = new int[0];

    PhaseStrip() {
        setPreferredSize(new Dimension(200, 10));
        setMinimumSize(new Dimension(40, 8));
    }

    /** Shows the phases of {@code log} and marks {@code newMarks}; the phases are found only for a new log. */
    void show(EventLog log, int[] newMarks) {
        if (log != shownLog) {
            shownLog = log;
            events = log.size();
            runs = LogSearch.phaseRuns(log);
        }
        this.marks = newMarks.clone();
        repaint();
    }

    /** The events marked, in order. */
    int[] marks() {
        return marks.clone();
    }

    /** The log whose phases are shown. */
    private EventLog shownLog;

    @Override
    protected void paintComponent(Graphics g) {
        if (events == 0) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g;
        int n = events;
        int w = getWidth();
        int h = getHeight();
        // One slice per run of a phase (several events share a pixel in long logs).
        for (LogSearch.PhaseRun run : runs) {
            g2.setColor(Themes.color("Backstep.phase." + run.phase().fileName()));
            int x0 = (int) ((long) run.from() * w / n);
            int x1 = (int) ((long) run.to() * w / n);
            g2.fillRect(x0, h / 3, Math.max(1, x1 - x0), h - h / 3);
        }
        g2.setColor(Themes.color("Backstep.breakpoint"));
        for (int m : marks) {
            int x = (int) ((m + 0.5) * w / n);
            g2.fillPolygon(new int[] {x - 4, x + 4, x}, new int[] {0, 0, h / 2 + 1}, 3);
        }
    }
}
