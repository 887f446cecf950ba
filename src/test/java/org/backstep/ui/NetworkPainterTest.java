package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.network.DiagramState;
import org.backstep.ui.network.NetworkLayout;
import org.backstep.ui.network.NetworkPainter;
import org.backstep.ui.settings.Settings;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.theme.Themes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram painted into an image, off screen: what is lit at event i. */
class NetworkPainterTest {
    private static final int W = 800;
    private static final int H = 500;
    private static final Texts TEXTS = Texts.in("en");
    private static Lesson seed;
    private static EventLog log;

    @BeforeAll
    static void setUp() throws Exception {
        Appearance.plain(Settings.inMemory()).install();
        seed = BundledLessons.load("seed-2-3-1");
        log = Recordings.record(seed.newStep(), seed.startState(), 1, EventLog.DEFAULT_CAP);
    }

    private static BufferedImage paintAt(int event) {
        ReplayCursor cursor = new ReplayCursor(log);
        cursor.seek(event);
        DiagramState state = DiagramState.of(TEXTS, seed, cursor, 0, -1, -1);
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        new NetworkPainter(TEXTS, new NetworkLayout(seed.shape())).paint(g, state, W, H, 1f);
        g.dispose();
        return image;
    }

    /** How many pixels of {@code color} lie on the ring of a node. */
    private static int ringPixels(BufferedImage image, int column, int index, Color color) {
        NetworkLayout layout = new NetworkLayout(seed.shape());
        NetworkPainter.Geometry geo = new NetworkPainter(TEXTS, layout).geometry(W, H);
        Point2D.Double c = new Point2D.Double(layout.x(column) * W, layout.y(column, index) * H);
        int count = 0;
        for (int deg = 0; deg < 360; deg += 5) {
            double a = Math.toRadians(deg);
            int x = (int) Math.round(c.x + geo.radius() * Math.cos(a));
            int y = (int) Math.round(c.y + geo.radius() * Math.sin(a));
            if (close(image.getRGB(x, y), color)) {
                count++;
            }
        }
        return count;
    }

    private static boolean close(int rgb, Color c) {
        Color p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                + Math.abs(p.getBlue() - c.getBlue()) < 60;
    }

    @Test
    void theNodeBeingComputedIsRingedInTheActiveColour() {
        Color active = Themes.color("Backstep.active");
        BufferedImage h2 = paintAt(2); // z1[1]
        assertThat(ringPixels(h2, 1, 1, active)).isGreaterThan(50);
        assertThat(ringPixels(h2, 1, 0, active)).isZero();
        assertThat(ringPixels(h2, 2, 0, active)).isZero();
        BufferedImage output = paintAt(7); // a2[0]
        assertThat(ringPixels(output, 2, 0, active)).isGreaterThan(50);
        assertThat(ringPixels(output, 1, 1, active)).isZero();
    }

    @Test
    void nothingIsLitAtTheStart() {
        Color active = Themes.color("Backstep.active");
        BufferedImage start = paintAt(ReplayCursor.START);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < (c == 0 ? 2 : c == 1 ? 3 : 1); i++) {
                assertThat(ringPixels(start, c, i, active)).isZero();
            }
        }
    }

    @Test
    void aGatedReluUnitIsGreyedOnceItsPreActivationIsKnown() {
        Color gated = Themes.color("Backstep.node.gated");
        NetworkLayout layout = new NetworkLayout(seed.shape());
        int x = (int) (layout.x(1) * W) - 12;
        int y = (int) (layout.y(1, 2) * H) - 20;
        assertThat(close(paintAt(3).getRGB(x, y), gated)).as("h3 before z1[2]").isFalse();
        assertThat(close(paintAt(4).getRGB(x, y), gated)).as("h3 after z1[2] = -0.35").isTrue();
    }

    @Test
    void edgesReadByTheActiveEventAreHighlighted() {
        Color read = Themes.color("Backstep.active");
        NetworkLayout layout = new NetworkLayout(seed.shape());
        // Midpoint of the edge h1 → ŷ, whose weight W2[0][0] is being updated at event 39.
        int x = (int) ((layout.x(1) + layout.x(2)) / 2 * W);
        int y = (int) ((layout.y(1, 0) + layout.y(2, 0)) / 2 * H);
        BufferedImage update = paintAt(39);
        boolean lit = false;
        for (int dy = -8; dy <= 8; dy++) {
            lit |= close(update.getRGB(x, y + dy), read);
        }
        assertThat(lit).isTrue();
        BufferedImage before = paintAt(38);
        boolean litBefore = false;
        for (int dy = -8; dy <= 8; dy++) {
            litBefore |= close(before.getRGB(x, y + dy), read);
        }
        assertThat(litBefore).isFalse();
    }

    @Test
    void smallNetworksGetTheirEdgesLabelledAndTheLabelsAreDrawnBesideTheEdges() throws Exception {
        NetworkLayout small = new NetworkLayout(seed.shape());
        assertThat(NetworkPainter.labelsByDefault(small)).as("the seed's 9 edges").isTrue();
        Lesson deep = BundledLessons.load("deep-sigmoid");
        assertThat(NetworkPainter.labelsByDefault(new NetworkLayout(deep.shape())))
                .as("more edges than labels can be read on").isEqualTo(countEdges(deep) <= 30);
        ReplayCursor cursor = new ReplayCursor(log);
        cursor.seek(2);
        DiagramState state = DiagramState.of(TEXTS, seed, cursor, 0, -1, -1);
        BufferedImage with = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        BufferedImage without = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = with.createGraphics();
        new NetworkPainter(TEXTS, small, true).paint(g, state, W, H, 1f);
        g.dispose();
        g = without.createGraphics();
        new NetworkPainter(TEXTS, small, false).paint(g, state, W, H, 1f);
        g.dispose();
        int text = Themes.color("Backstep.node.text").getRGB();
        int differing = 0;
        int textPixels = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    differing++;
                    if (close(with.getRGB(x, y), new Color(text))) {
                        textPixels++;
                    }
                }
            }
        }
        assertThat(differing).as("nine plates").isGreaterThan(9 * 100);
        assertThat(textPixels).as("numbers written on them").isGreaterThan(9 * 10);
    }

    private static int countEdges(Lesson lesson) {
        int edges = 0;
        for (int l = 0; l < lesson.shape().layers(); l++) {
            edges += lesson.shape().units(l) * lesson.shape().fanIn(l);
        }
        return edges;
    }
}
