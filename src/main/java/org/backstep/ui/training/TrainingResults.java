package org.backstep.ui.training;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.theme.Appearance;

/**
 * The chart and what stands beside it: the form of the run's settings, then the table of final
 * predictions; from 200 % zoom the form and the table go below the chart at full width, or the
 * chart would be too narrow to read on a 1366-pixel screen. A comparison of three runs has no one
 * final prediction: the table steps aside.
 */
final class TrainingResults extends JPanel {
    private final Appearance appearance;
    private final LossChart chart;
    private final JPanel form;
    private final JLabel title;
    private final JScrollPane scroller;
    private boolean stacked;

    TrainingResults(Texts texts, Appearance appearance, LossChart chart, JPanel form, PredictionTable table) {
        this.appearance = appearance;
        this.chart = chart;
        this.form = form;
        setOpaque(false);
        chart.setName("training.chart");
        chart.getAccessibleContext().setAccessibleName(texts.get("training.chart.name"));
        chart.setToolTipText(texts.get("training.chart.tip"));
        title = new JLabel(texts.get("training.table.title"));
        title.setName("training.predictions.title");
        title.putClientProperty("FlatLaf.style", "font: bold");
        title.setLabelFor(table);
        scroller = new JScrollPane(table);
        scroller.setName("training.predictions.scroll");
        stacked = appearance.stacksPanels();
        arrange();
    }

    private void arrange() {
        removeAll();
        if (stacked) {
            setLayout(new MigLayout("insets 0, fill, gap 6 4, hidemode 3", "[grow]", "[grow][][][]"));
            // Tall enough for the zoomed axes to leave a plot to read; the tab scrolls down to the table.
            add(chart, "grow, wrap, wmin 200, hmin " + Math.round(180 * appearance.zoom()));
            add(form, "growx, wrap, gapbottom 6");
            add(title, "wrap");
            // Never squeezed below its rows: the tab scrolls down instead.
            add(scroller, "growx, hmin pref");
        } else {
            setLayout(new MigLayout("insets 0, fill, gap 8 4, hidemode 3", "[grow][]", "[][][grow]"));
            add(chart, "spany 3, grow, wmin 200, hmin 150");
            add(form, "growx, wrap, gapbottom 8");
            add(title, "wrap");
            // As tall as its rows ask, not the chart's height: an empty frame under four rows says nothing.
            add(scroller, "top");
        }
        revalidate();
    }

    /** Shows the table of final predictions (a run) or leaves the chart the whole width (a comparison). */
    void showTable(boolean shown) {
        title.setVisible(shown);
        scroller.setVisible(shown);
        revalidate();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (title != null && stacked != appearance.stacksPanels()) {
            stacked = appearance.stacksPanels();
            arrange();
        }
    }
}
