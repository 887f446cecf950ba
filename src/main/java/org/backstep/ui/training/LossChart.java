package org.backstep.ui.training;

import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.theme.Appearance;
import org.knowm.xchart.XYChart;

/**
 * The loss curve as an XChart chart, painted into an image on a thread of its own.
 *
 * <p>XChart takes 10 ms to paint a large chart once the JIT has compiled it and well over 100 ms
 * before, which held up the Swing thread while a run was filling the curve in. Here the Swing
 * thread only copies the finished image to the screen. XChart is not thread-safe, so each picture
 * is made by a chart of its own, built from values captured on the Swing thread ({@link ChartLook}),
 * and no chart is changed after it has painted.
 */
public final class LossChart extends JPanel {
    /** Only one painter thread for every chart: drawing is cheap next to a training run. */
    private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "backstep-chart-painter");
        t.setDaemon(true);
        return t;
    });

    /**
     * One loss curve; {@code label} names it in the legend (null: the only curve, no legend). A
     * faint curve is drawn thin and light behind the others: the noisy batch loss under the
     * epochs' curve.
     */
    public record Curve(String label, double[] x, double[] y, boolean faint) {
        public Curve(String label, double[] x, double[] y) {
            this(label, x, y, false);
        }
    }

    /**
     * Where a run diverged: the epoch that broke, the last finite loss before it (the height of
     * the mark) and the mark's short label.
     */
    public record Mark(double epoch, double loss, String label) {
    }

    /** One picture to make: the curves, the mark (or null), their look and the size in screen pixels. */
    private record Order(List<Curve> curves, Mark mark, ChartLook look, int width, int height, double scaleX, double scaleY) {
    }

    /** A finished picture and the chart that painted it, which maps screen x back to an epoch. */
    private record Picture(BufferedImage image, XYChart chart, int width, int height, Order order) {
    }

    private final AtomicReference<Order> waiting = new AtomicReference<>();
    private final AtomicBoolean painterBusy = new AtomicBoolean();
    /**
     * The image of the picture the Swing thread took off the screen, for the painter to paint
     * again: a new 6 MB image four times a second made the garbage collector pause the Swing
     * thread for 50 ms while a run was filling the curve in.
     */
    private final AtomicReference<BufferedImage> spare = new AtomicReference<>();
    private List<Curve> curves = List.of(new Curve(null, new double[] {0}, new double[] {0}));
    private Mark mark;
    private ChartLook look;
    private Picture shown;
    /** The order last handed to the painter, so an unchanged chart is not painted again. */
    private Order ordered;

    private final Texts texts;
    private final Appearance appearance;

    public LossChart(Texts texts, Appearance appearance) {
        this.texts = texts;
        this.appearance = appearance;
        setOpaque(true);
        look = ChartLook.of(texts, appearance);
    }

    /**
     * Shows this curve (the arrays are copied). An empty curve (a run whose very first loss was
     * not a finite number) shows as a single point at 0, since XChart draws no empty series.
     */
    public void setCurve(double[] epochs, double[] losses) {
        setCurve(epochs, losses, null);
    }

    /** Shows this curve with a mark where the run diverged ({@code null}: none). */
    public void setCurve(double[] epochs, double[] losses, Mark diverged) {
        setCurves(List.of(new Curve(null, epochs, losses)));
        mark = diverged;
    }

    /**
     * Shows a run's curves: the main one first (the one clicks pick epochs from), then any faint
     * ones behind it, with a mark where the run diverged ({@code null}: none).
     */
    public void setCurves(List<Curve> shown, Mark diverged) {
        setCurves(shown);
        mark = diverged;
    }

    /**
     * Shows several labelled curves at once (learning rates compared), told apart by colour, by
     * line style and in a legend; the first is the one clicks pick epochs from.
     */
    public void setCurves(List<Curve> shown) {
        List<Curve> copies = new ArrayList<>();
        for (Curve c : shown) {
            boolean empty = c.x().length == 0;
            copies.add(new Curve(c.label(), empty ? new double[] {0} : c.x().clone(),
                    empty ? new double[] {0} : c.y().clone(), c.faint()));
        }
        curves = List.copyOf(copies);
        mark = null;
        repaint();
    }

    /** How many points the first curve holds. */
    public int points() {
        return curves.get(0).x().length;
    }

    /** The mark of the divergence shown, or null. */
    public Mark mark() {
        return mark;
    }

    /** Whether the curve is drawn as powers of ten (a comparison, or losses beyond a million). */
    public boolean inPowers() {
        return CurveChart.inPowers(curves);
    }

    /** How many curves are shown. */
    public int curveCount() {
        return curves.size();
    }

    /** The curves' names in the legend, in order (null for a curve without one). */
    public List<String> curveLabels() {
        return curves.stream().map(Curve::label).toList();
    }

    /** How many points curve {@code index} holds. */
    public int pointsOf(int index) {
        return curves.get(index).x().length;
    }

    /**
     * The epoch under screen x in the picture on screen, or -1 while no picture of the current
     * curve has been shown yet.
     */
    public double epochAt(int screenX) {
        Picture picture = shown;
        if (picture == null || picture.order.curves != curves) {
            return -1;
        }
        return picture.chart.getChartXFromCoordinate(screenX);
    }

    /**
     * The screen x of the divergence mark in the picture on screen, or -1 while there is no mark
     * or no picture of it yet.
     */
    public int markX() {
        Picture picture = shown;
        if (mark == null || picture == null || picture.order.curves != curves || picture.order.mark != mark) {
            return -1;
        }
        return (int) Math.round(picture.chart.getScreenXFromChart(mark.epoch()));
    }

    /** Tells {@code clicked} the epoch clicked (-1 before a picture is up), {@code markClicked} a click by the divergence mark. */
    public void onClick(java.util.function.DoubleConsumer clicked, Runnable markClicked) {
        addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int at = markX();
                // The line is thin: a click within a finger's width of it counts, more at a larger zoom.
                if (at >= 0 && Math.abs(e.getX() - at) <= 10 * appearance.zoom()) {
                    markClicked.run();
                } else {
                    clicked.accept(epochAt(e.getX()));
                }
            }
        });
    }

    /** A chart of the current curve and look for saving, independent of the one on screen. */
    public XYChart snapshot(int width, int height) {
        return CurveChart.build(curves, mark, look, width, height);
    }

    /** True once the picture on screen shows the current curve at the current size. */
    public boolean isUpToDate() {
        Picture picture = shown;
        return picture != null && picture.order.curves == curves && picture.order.mark == mark
                && picture.order.look == look
                && picture.width == getWidth() && picture.height == getHeight();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (curves != null) {
            look = ChartLook.of(texts, appearance);
            repaint();
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        int w = getWidth();
        int h = getHeight();
        Picture picture = shown;
        if (picture != null) {
            // A picture of an older curve or size stays up until the new one is ready.
            g.drawImage(picture.image, 0, 0, picture.width, picture.height, null);
            if (picture.width < w || picture.height < h) {
                g.setColor(look.background());
                g.fillRect(picture.width, 0, w - picture.width, h);
                g.fillRect(0, picture.height, w, h - picture.height);
            }
        } else {
            g.setColor(look.background());
            g.fillRect(0, 0, w, h);
        }
        if (!isUpToDate() && w > 0 && h > 0) {
            order(w, h);
        }
    }

    private void order(int w, int h) {
        // The screen's scale (HiDPI): the picture is painted in device pixels.
        GraphicsConfiguration config = getGraphicsConfiguration();
        AffineTransform device = config != null ? config.getDefaultTransform() : new AffineTransform();
        Order next = new Order(curves, mark, look, w, h, Math.max(1, device.getScaleX()), Math.max(1, device.getScaleY()));
        if (ordered != null && sameOrder(ordered, next)) {
            return;
        }
        ordered = next;
        waiting.set(next);
        if (painterBusy.compareAndSet(false, true)) {
            PAINTER.execute(this::paintWaiting);
        }
    }

    private static boolean sameOrder(Order a, Order b) {
        return a.curves == b.curves && a.mark == b.mark && a.look == b.look && a.width == b.width && a.height == b.height;
    }

    /** On the painter thread: paints the newest order until none is waiting. */
    private void paintWaiting() {
        while (true) {
            Order next;
            while ((next = waiting.getAndSet(null)) != null) {
                Picture picture;
                try {
                    picture = paint(next);
                } catch (RuntimeException e) {
                    // A chart XChart cannot draw must not stop every later one from being drawn.
                    continue;
                }
                SwingUtilities.invokeLater(() -> {
                    Picture old = shown;
                    shown = picture;
                    if (old != null) {
                        spare.set(old.image);
                    }
                    repaint();
                });
            }
            painterBusy.set(false);
            // An order placed after the loop looked, but before the flag went down, is painted too.
            if (waiting.get() == null || !painterBusy.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private Picture paint(Order order) {
        XYChart chart = CurveChart.build(order.curves, order.mark, order.look, order.width, order.height);
        BufferedImage image = CurveChart.render(chart, order.width, order.height, order.scaleX, order.scaleY,
                spare.getAndSet(null));
        return new Picture(image, chart, order.width, order.height, order);
    }
}
