package org.backstep.ui.theme;

import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;
import org.knowm.xchart.style.theme.XChartTheme;

/**
 * How every chart of the window looks: the look and feel's colours and the zoomed fonts, as one
 * XChart theme. A value taken on the Swing thread ({@link #of}), so a chart painted on another
 * thread gets the colours the window had when it was ordered. Only the look lives here; what a
 * chart shows (its axes, its series) is the chart's own.
 */
public final class ChartTheme extends XChartTheme {
    private final Color background;
    private final Color plot;
    private final Color text;
    private final Color grid;
    private final Font ticks;
    private final Font titles;
    private final int markerSize;
    private final float zoom;

    private ChartTheme(Color background, Color plot, Color text, Color grid, Font base, float zoom) {
        this.background = background;
        this.plot = plot;
        this.text = text;
        this.grid = grid;
        this.ticks = base.deriveFont(12f * zoom);
        this.titles = base.deriveFont(13f * zoom);
        this.markerSize = (int) (8 * zoom);
        this.zoom = zoom;
    }

    /** The theme for the look and feel and zoom of now; on the Swing thread. */
    public static ChartTheme of(Appearance appearance) {
        return new ChartTheme(UIManager.getColor("Panel.background"), UIManager.getColor("TextField.background"),
                UIManager.getColor("Label.foreground"), UIManager.getColor("Component.borderColor"),
                UIManager.getFont("defaultFont"), appearance.zoom());
    }

    /** The width of a series line at this zoom. */
    public float lineWidth() {
        return 2.5f * zoom;
    }

    @Override
    public Color getChartBackgroundColor() {
        return background;
    }

    @Override
    public Color getPlotBackgroundColor() {
        return plot;
    }

    @Override
    public Color getLegendBackgroundColor() {
        return plot;
    }

    @Override
    public Color getChartFontColor() {
        return text;
    }

    @Override
    public Color getAxisTickLabelsColor() {
        return text;
    }

    @Override
    public Color getAxisTickMarksColor() {
        return text;
    }

    @Override
    public Color getPlotBorderColor() {
        return text;
    }

    @Override
    public Color getPlotGridLinesColor() {
        return grid;
    }

    @Override
    public Font getAxisTickLabelsFont() {
        return ticks;
    }

    @Override
    public Font getAxisTitleFont() {
        return titles;
    }

    @Override
    public Font getLegendFont() {
        return ticks;
    }

    @Override
    public int getMarkerSize() {
        return markerSize;
    }
}
