package org.backstep.ui.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The XChart chart of one or more loss curves, in the window's chart theme; built on any thread. */
final class CurveChart {
    /** The name of the only series when the curve has no label of its own (no legend then). */
    private static final String SERIES = "loss";
    /** The name of the hidden series that keeps XChart's x labels apart (see {@link #addSpacer}). */
    private static final String SPACER = "\u2009";
    /** Appended to the name of a curve drawn a second time, over the faint ones (series names must differ). */
    private static final String REDRAWN = "\u200b";
    /**
     * Past this loss a curve is drawn as powers of ten. A linear axis of a diverging run is a flat
     * line and a spike; and XChart's tick labels for a range beyond about 10^15 never finish (the
     * painter thread would hang and no chart would be drawn again).
     */
    static final double HUGE = 1e6;

    private CurveChart() {
    }

    /** Whether these curves are drawn as powers of ten. */
    static boolean inPowers(List<LossChart.Curve> curves) {
        double largest = curves.stream().flatMapToDouble(c -> Arrays.stream(c.y())).max().orElse(0);
        // Compared runs can differ by a hundred orders of magnitude (one diverging): as powers of
        // ten every curve stays visible. (XChart's log axis labels every decade.)
        boolean allPositive = curves.stream().allMatch(c -> Arrays.stream(c.y()).allMatch(v -> v > 0));
        return largest > HUGE || mainCurves(curves) > 1 && allPositive;
    }

    /** How many curves are drawn in full (the faint batch loss under a run's curve is not one of them). */
    private static long mainCurves(List<LossChart.Curve> curves) {
        return curves.stream().filter(c -> !c.faint()).count();
    }

    static XYChart build(List<LossChart.Curve> curves, LossChart.Mark mark, ChartLook look, int width, int height) {
        boolean powers = inPowers(curves);
        String yTitle = powers ? logTitle(look, height) : look.yTitle();
        XYChart chart = new XYChartBuilder().width(width).height(height).xAxisTitle(look.xTitle())
                .yAxisTitle(yTitle).build();
        var styler = chart.getStyler();
        styler.setYAxisTitleVisible(!yTitle.isEmpty());
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
        List<double[][]> drawn = curves.stream().map(c -> powers ? powersOfTen(c) : new double[][] {c.x(), c.y()})
                .toList();
        addSpacer(chart, drawn.get(0));
        boolean alone = mainCurves(curves) == 1;
        boolean anyFaint = mainCurves(curves) < curves.size();
        // The main curves first, so the legend names them first; then the faint ones; then, when
        // there were faint ones, the main curves once more over them (not in the legend again).
        addCurves(chart, curves, drawn, look, false, alone, "");
        if (anyFaint) {
            addCurves(chart, curves, drawn, look, true, alone, "");
            addCurves(chart, curves, drawn, look, false, alone, REDRAWN);
        }
        if (mark != null) {
            float zoom = look.theme().lineWidth() / 2.5f;
            double at = powers ? StrictMath.log10(Math.max(mark.loss(), Double.MIN_VALUE)) : mark.loss();
            chart.addAnnotation(new DivergenceMark(mark.epoch(), at, mark.label(), look.theme().getChartFontColor(),
                    look.mark(), look.theme().getPlotBackgroundColor(), look.theme().getAxisTitleFont(), zoom));
            // The line stands one epoch past the curve's last point: the axis must reach it.
            styler.setXAxisMax(Math.max(mark.epoch(), Arrays.stream(curves.get(0).x()).max().orElse(0)));
        }
        return chart;
    }

    /** Adds the faint curves or the main ones; a {@code suffix} marks a second drawing, kept out of the legend. */
    private static void addCurves(XYChart chart, List<LossChart.Curve> curves, List<double[][]> drawn,
                                  ChartLook look, boolean faint, boolean alone, String suffix) {
        int style = 0;
        for (int i = 0; i < curves.size(); i++) {
            LossChart.Curve c = curves.get(i);
            if (c.faint() != faint) {
                continue;
            }
            double[][] points = drawn.get(i);
            XYSeries series = chart.addSeries((c.label() == null ? SERIES : c.label()) + suffix, points[0], points[1]);
            series.setMarker(SeriesMarkers.NONE);
            series.setShowInLegend(suffix.isEmpty());
            if (faint) {
                // Thin and light, in the main line's colour: the noise around the curve, not a curve of its own.
                series.setLineStyle(new BasicStroke(Math.max(1f, look.theme().lineWidth() * 0.4f)));
                series.setLineColor(lighter(look.line(), look.theme().getPlotBackgroundColor()));
            } else if (alone) {
                series.setLineStyle(new BasicStroke(2.5f));
                series.setLineColor(look.line());
            } else {
                // Colour and line style both tell the curves apart (not colour alone).
                series.setLineStyle(STYLES[style % STYLES.length]);
                series.setLineColor(look.others().get(style % look.others().size()));
                style++;
            }
        }
    }

    /** {@code colour} halfway to {@code background}: lighter, yet still seen on a projector. */
    private static Color lighter(Color colour, Color background) {
        return new Color((colour.getRed() + background.getRed()) / 2, (colour.getGreen() + background.getGreen()) / 2,
                (colour.getBlue() + background.getBlue()) / 2);
    }

    /**
     * The log axis's title that explains itself ("2 means 100") where the chart is tall enough to
     * hold it along its side, else the short one, else none (the chart's name says it is the
     * loss): XChart cuts a title longer than its axis at both ends.
     */
    private static String logTitle(ChartLook look, int height) {
        // The plot is the chart less the x axis's labels and title below it, about five lines of them.
        double room = height - 5 * look.theme().getAxisTitleFont().getSize2D();
        for (String title : List.of(look.yLogTitle(), look.yLogShortTitle())) {
            if (widthOf(look, title) <= room) {
                return title;
            }
        }
        return "";
    }

    private static double widthOf(ChartLook look, String title) {
        java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);
        return look.theme().getAxisTitleFont().getStringBounds(title, context).getWidth();
    }

    /**
     * A hidden series, first, with a point half an epoch in. When every point of the x axis is
     * equally spaced (epochs 0, 1, 2, …) XChart labels it by its own guess at the labels' width,
     * made from the first few ("0", "5"), and three-digit epochs then run into each other; with
     * the spacing broken it picks round steps (10, 20, 50 …) that fit.
     */
    private static void addSpacer(XYChart chart, double[][] first) {
        XYSeries spacer = chart.addSeries(SPACER, new double[] {first[0][0], first[0][0] + 0.5},
                new double[] {first[1][0], first[1][0]});
        spacer.setMarker(SeriesMarkers.NONE);
        spacer.setLineStyle(SeriesLines.NONE);
        spacer.setShowInLegend(false);
    }

    /**
     * The curve's points as powers of ten; a loss of exactly 0 has none and is left out (a curve
     * left with no point keeps one at 0, as XChart draws no empty series).
     */
    private static double[][] powersOfTen(LossChart.Curve c) {
        double[] x = new double[c.x().length];
        double[] y = new double[c.y().length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (c.y()[i] > 0) {
                x[n] = c.x()[i];
                y[n++] = StrictMath.log10(c.y()[i]);
            }
        }
        return n == 0 ? new double[][] {{c.x()[0]}, {0}} : new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }

    private static final BasicStroke[] STYLES = {
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {9f, 5f}, 0f),
        new BasicStroke(2.5f),
        new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1f, 5f}, 0f),
    };

    /**
     * {@code chart} painted at {@code width} × {@code height} screen pixels into an image of device
     * pixels ({@code scaleX}, {@code scaleY}: the screen's HiDPI scale), reusing {@code spare}
     * when it has that size.
     */
    static java.awt.image.BufferedImage render(XYChart chart, int width, int height, double scaleX, double scaleY,
                                               java.awt.image.BufferedImage spare) {
        int pixelsWide = (int) Math.ceil(width * scaleX);
        int pixelsHigh = (int) Math.ceil(height * scaleY);
        java.awt.image.BufferedImage image = spare;
        if (image == null || image.getWidth() != pixelsWide || image.getHeight() != pixelsHigh) {
            image = new java.awt.image.BufferedImage(pixelsWide, pixelsHigh, java.awt.image.BufferedImage.TYPE_INT_RGB);
        }
        java.awt.Graphics2D g = image.createGraphics();
        g.scale(scaleX, scaleY);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.paint(g, width, height);
        g.dispose();
        return image;
    }
}
