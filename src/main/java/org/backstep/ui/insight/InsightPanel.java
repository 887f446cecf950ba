package org.backstep.ui.insight;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.GradientCost;
import org.backstep.engine.NetworkShape;
import org.backstep.replay.LayerGradients;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.theme.ChartTheme;
import org.backstep.ui.theme.Themes;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Two views of the gradient that one step cannot show in the diagram: how large each layer's
 * weight gradients are at the current event (vanishing gradients), and how many multiplications
 * the gradient takes with backpropagation against working out each parameter on its own.
 */
public final class InsightPanel extends JPanel {
    /** Deepest network drawn on the cost chart. */
    static final int MAX_HIDDEN = 8;

    private final StepSession session;
    private final Texts texts;
    private final Appearance appearance;
    private final ChartView layers = new ChartView();
    private final ChartView cost = new ChartView();
    private final JLabel layerValues = new JLabel();
    private final JLabel lessonCost = new JLabel();
    private final JLabel intro;
    private final JLabel layersHeading;
    private final JLabel costHeading;
    private NetworkShape costShape;
    private boolean stacked;

    public InsightPanel(UiContext ui, StepSession session) {
        this.session = session;
        this.texts = ui.texts();
        this.appearance = ui.appearance();
        intro = new JLabel(texts.get("insight.intro"));
        layersHeading = new JLabel(texts.get("insight.layers.title"));
        costHeading = new JLabel(texts.get("insight.cost.title"));
        setName("insight");
        intro.setName("insight.intro");
        layers.setName("insight.layers");
        layers.getAccessibleContext().setAccessibleName(texts.get("insight.layers.title"));
        cost.setName("insight.cost");
        cost.getAccessibleContext().setAccessibleName(texts.get("insight.cost.title"));
        // A style, not a fixed font: FlatLaf derives it again from the zoomed default font.
        layersHeading.putClientProperty("FlatLaf.style", "font: bold");
        costHeading.putClientProperty("FlatLaf.style", "font: bold");
        layerValues.setName("insight.layers.values");
        lessonCost.setName("insight.cost.lesson");
        arrange();
        session.addListener((change, origin) -> {
            if (isShowing()) {
                refresh();
            }
        });
        // Steps taken while another tab was shown are caught up on when this one shows again.
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing()) {
                refresh();
            }
        });
        refresh();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // A new theme or zoom: both charts take the new colours and sizes (called before the fields are set, too).
        if (session != null) {
            arrange();
            costShape = null;
            refresh();
        }
    }

    /**
     * Side by side at normal sizes; one above the other from 150 % zoom on, so each chart keeps
     * the whole width for its enlarged titles and legend (the tab scrolls instead of clipping).
     */
    private void arrange() {
        boolean stacked = appearance.stacksPanels();
        if (getComponentCount() > 0 && stacked == this.stacked) {
            return;
        }
        this.stacked = stacked;
        removeAll();
        // In MigLayout's logical pixels, which it already scales with the zoomed font.
        int chartHeight = 180;
        if (stacked) {
            setLayout(new MigLayout("fillx, insets 12, wrap 1", "[grow, fill]", ""));
            add(intro, "wmin 0");
            add(layersHeading);
            add(layers, "hmin " + chartHeight + ", h " + chartHeight + "!");
            add(layerValues, "wmin 0");
            add(costHeading, "gaptop 16");
            add(cost, "hmin " + chartHeight + ", h " + chartHeight + "!");
            add(lessonCost, "wmin 0");
        } else {
            setLayout(new MigLayout("fill, insets 12", "[grow, fill, sg c]16[grow, fill, sg c]", "[][][grow, fill][]"));
            add(intro, "span 2, wmin 0, wrap");
            add(layersHeading);
            add(costHeading, "wrap");
            add(layers, "hmin " + chartHeight);
            add(cost, "hmin " + chartHeight + ", wrap");
            add(layerValues, "wmin 0, top");
            add(lessonCost, "wmin 0, top");
        }
        revalidate();
    }

    /** Redraws both charts from the session: the layers at the cursor, the cost for the lesson's network. */
    public void refresh() {
        showLayers(LayerGradients.meanMagnitudes(session.cursor()));
        NetworkShape shape = session.lesson().shape();
        if (shape != costShape) {
            costShape = shape;
            showCost(shape);
        }
    }

    private void showLayers(double[] means) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        for (int l = 0; l < means.length; l++) {
            if (means[l] > 0) {
                x.add(l + 1.0);
                y.add(means[l]);
            }
            if (!Double.isNaN(means[l])) {
                spoken.add(texts.format("insight.layers.value", l + 1, texts.number(means[l], 3)));
            }
        }
        ChartTheme theme = ChartTheme.of(appearance);
        XYChart chart = chart(theme, texts.get("insight.layers.axis.layer"), texts.get("insight.layers.axis.size"));
        var styler = chart.getStyler();
        styler.setXAxisMin(0.5);
        styler.setXAxisMax(means.length + 0.5);
        styler.setXAxisDecimalPattern("#");
        styler.setYAxisLogarithmic(!y.isEmpty());
        styler.setLegendVisible(false);
        if (!y.isEmpty()) {
            XYSeries series = chart.addSeries(texts.get("insight.layers.series"), x, y);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineColor(Themes.color("Backstep.phase.backward"));
            series.setMarkerColor(Themes.color("Backstep.phase.backward"));
            series.setLineStyle(new BasicStroke(theme.lineWidth()));
        }
        String text = spoken.isEmpty() ? texts.get("insight.layers.none")
                : texts.format("insight.layers.values", String.join(" · ", spoken));
        layerValues.setText("<html>" + Texts.escapeHtml(text) + "</html>");
        layers.show(chart, text);
    }

    private void showCost(NetworkShape shape) {
        int width = shape.layers() > 1 ? shape.units(0) : 3;
        List<GradientCost.Point> points = GradientCost.growth(shape, width, MAX_HIDDEN);
        ChartTheme theme = ChartTheme.of(appearance);
        XYChart chart = chart(theme, texts.get("insight.cost.axis.parameters"),
                texts.get("insight.cost.axis.multiplications"));
        var styler = chart.getStyler();
        styler.setXAxisDecimalPattern("#");
        styler.setYAxisDecimalPattern("#,###");
        styler.setXAxisMin(0.0);
        styler.setYAxisMin(0.0);
        double[] x = points.stream().mapToDouble(GradientCost.Point::parameters).toArray();
        addCostSeries(chart, theme, "insight.cost.backprop", x,
                points.stream().mapToDouble(GradientCost.Point::backprop).toArray(),
                Themes.color("Backstep.phase.forward"), null);
        // Dashed with squares as well as another colour, so the two never differ by colour alone.
        addCostSeries(chart, theme, "insight.cost.naive", x, points.stream().mapToDouble(GradientCost.Point::naive).toArray(),
                Themes.color("Backstep.phase.update"), new float[] {8f, 5f});
        GradientCost.Point own = GradientCost.of(shape);
        String text = texts.format("insight.cost.lesson", own.parameters(), own.backprop(), own.naive(),
                texts.number((double) own.naive() / own.backprop(), 3), MAX_HIDDEN, width);
        lessonCost.setText("<html>" + Texts.escapeHtml(text) + "</html>");
        cost.show(chart, text);
    }

    private void addCostSeries(XYChart chart, ChartTheme theme, String key, double[] x, double[] y, Color color,
                               float[] dash) {
        XYSeries series = chart.addSeries(texts.get(key), x, y);
        float w = theme.lineWidth();
        series.setLineStyle(dash == null ? new BasicStroke(w)
                : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
        series.setMarker(dash == null ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE);
        series.setLineColor(color);
        series.setMarkerColor(color);
    }

    /** A chart in the window's theme, with these axis titles and the legend where the zoom leaves room for it. */
    private XYChart chart(ChartTheme theme, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(400).height(260).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        var styler = chart.getStyler();
        styler.setTheme(theme);
        styler.setLocale(texts.locale());
        // Inside the plot it would cover the lines once the zoom enlarges it.
        styler.setLegendPosition(appearance.stacksPanels() ? org.knowm.xchart.style.Styler.LegendPosition.OutsideS
                : org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return chart;
    }
}
