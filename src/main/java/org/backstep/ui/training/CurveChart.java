package org.backstep.ui.training;

import java.awt.BasicStroke;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The XChart chart of one or more loss curves, in the window's chart theme; built on any thread. */
final class CurveChart {
    /** The name of the only series when the curve has no label of its own (no legend then). */
    private static final String SERIES = "loss";

    private CurveChart() {
    }

    static XYChart build(List<LossChart.Curve> curves, LossChart.Look look, int width, int height) {
        // Compared runs can differ by a hundred orders of magnitude (one diverging): their losses are
        // drawn as powers of ten, so every curve stays visible. (XChart's log axis labels every decade.)
        boolean powers = curves.size() > 1
                && curves.stream().allMatch(c -> java.util.Arrays.stream(c.y()).allMatch(v -> v > 0));
        XYChart chart = new XYChartBuilder().width(width).height(height).xAxisTitle(look.xTitle())
                .yAxisTitle(powers ? look.yLogTitle() : look.yTitle()).build();
        var styler = chart.getStyler();
        styler.setTheme(look.theme());
        // Tick labels in the window's language (0,5 in German), not the system's.
        styler.setLocale(look.locale());
        boolean legend = curves.size() > 1 || curves.get(0).label() != null;
        styler.setLegendVisible(legend);
        styler.setXAxisMin(0.0);
        styler.setXAxisDecimalPattern("#");
        styler.setYAxisDecimalPattern("0.####");
        // Tick labels crowd past a dozen or so; XChart thins them to this count.
        styler.setXAxisMaxLabelCount(12);
        for (int i = 0; i < curves.size(); i++) {
            LossChart.Curve c = curves.get(i);
            double[] y = powers ? java.util.Arrays.stream(c.y()).map(StrictMath::log10).toArray() : c.y();
            XYSeries series = chart.addSeries(c.label() == null ? SERIES : c.label(), c.x(), y);
            series.setMarker(SeriesMarkers.NONE);
            if (curves.size() == 1) {
                series.setLineStyle(new BasicStroke(2.5f));
                series.setLineColor(look.line());
            } else {
                // Colour and line style both tell the curves apart (not colour alone).
                series.setLineStyle(STYLES[i % STYLES.length]);
                series.setLineColor(look.others().get(i % look.others().size()));
            }
        }
        return chart;
    }

    private static final BasicStroke[] STYLES = {
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {9f, 5f}, 0f),
        new BasicStroke(2.5f),
        new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 5f}, 0f),
    };
}
