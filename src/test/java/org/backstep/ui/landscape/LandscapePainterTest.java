package org.backstep.ui.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.replay.landscape.Landscape;
import org.backstep.replay.landscape.LandscapePath;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.settings.Settings;
import org.backstep.ui.theme.Appearance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The landscape painted into an image, off screen: colours where the loss is, the path, the marker. */
class LandscapePainterTest {
    private static final int W = 700;
    private static final int H = 500;
    private static final Texts TEXTS = Texts.in("en");
    private static LandscapeScene scene;

    @BeforeAll
    static void setUp() throws Exception {
        Appearance.plain(Settings.inMemory()).install();
        Lesson seed = BundledLessons.load("seed-2-3-1");
        int up = seed.shape().weightIndex(1, 0, 0);
        LandscapePath path = LandscapePath.of(new double[] {0.5, 0.8, 1.1}, new double[] {0.7, 0.9, 1.0},
                new int[] {0, 1, 2});
        Landscape landscape = Landscape.compute(seed.newStep(), seed.initialParameters(), 0, up, path,
                new double[0][], () -> false, rows -> { });
        scene = new LandscapeScene(landscape, LandscapeColours.positions(landscape.grid(), landscape.scale()),
                "w(x1→h1)", "w(h1→ŷ)", true);
    }

    private static BufferedImage paint(double[] marker) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setFont(javax.swing.UIManager.getFont("Label.font"));
        new LandscapePainter(TEXTS).paint(g, scene, marker, null, W, H, 1f, Color.BLACK, Color.WHITE);
        g.dispose();
        return image;
    }

    private static LandscapePainter.Frame frame() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setFont(javax.swing.UIManager.getFont("Label.font"));
        LandscapePainter.Frame f = new LandscapePainter(TEXTS).frame(scene, g.getFontMetrics(), W, H, 1f);
        g.dispose();
        return f;
    }

    @Test
    void theMarkerIsADiamondWhereItIsPutAndMovesWithIt() {
        LandscapePainter.Frame f = frame();
        double[] here = {0.5, 0.7};
        double[] there = {1.1, 1.0};
        BufferedImage atStart = paint(here);
        BufferedImage atEnd = paint(there);
        int orange = 0xe63b12;
        assertThat(atStart.getRGB((int) f.px(here[0]), (int) f.py(here[1])) & 0xffffff).isEqualTo(orange);
        assertThat(atEnd.getRGB((int) f.px(here[0]), (int) f.py(here[1])) & 0xffffff).isNotEqualTo(orange);
        assertThat(atEnd.getRGB((int) f.px(there[0]), (int) f.py(there[1])) & 0xffffff).isEqualTo(orange);
    }

    @Test
    void thePathIsAWhiteLineBetweenItsPoints() {
        LandscapePainter.Frame f = frame();
        BufferedImage image = paint(null);
        // Half-way between the first two points of the path.
        int x = (int) Math.round((f.px(0.5) + f.px(0.8)) / 2);
        int y = (int) Math.round((f.py(0.7) + f.py(0.9)) / 2);
        Color c = new Color(image.getRGB(x, y));
        assertThat(Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()))).as("nearly white").isGreaterThan(235);
    }

    @Test
    void theLowestLossIsTheDarkEndOfTheRampAndTheHighestTheYellowOne() {
        assertThat(LandscapeColours.rgb(0)).isEqualTo(0x440154);
        assertThat(LandscapeColours.rgb(1)).isEqualTo(0xfde725);
        assertThat(LandscapeColours.rgb(Double.NaN)).as("clipped to the top").isEqualTo(0xfde725);
        // Lightness climbs along the ramp, so the order reads the same in grey.
        double last = -1;
        for (int k = 0; k <= 20; k++) {
            Color c = LandscapeColours.at(k / 20.0);
            double grey = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertThat(grey).as("step %d", k).isGreaterThan(last);
            last = grey;
        }
    }

    @Test
    void theMapsEdgesKeepTheirEdgeCellsColoursWithNoDarkSeam() {
        float[] t = scene.positions();
        int n = scene.landscape().grid().size();
        BufferedImage image = LandscapeColours.smooth(t, n, 317);
        // Bottom left is the grid's cell (0, 0); top right its cell (n − 1, n − 1).
        assertThat(image.getRGB(0, 316) & 0xffffff).isEqualTo(LandscapeColours.rgb(Math.round(t[0] * 255) / 255.0));
        assertThat(image.getRGB(316, 0) & 0xffffff)
                .isEqualTo(LandscapeColours.rgb(Math.round(t[n * n - 1] * 255) / 255.0));
        for (int x = 0; x < 317; x++) {
            Color edge = new Color(image.getRGB(x, 316));
            Color inside = new Color(image.getRGB(x, 310));
            assertThat(Math.abs(edge.getGreen() - inside.getGreen())).as("column %d", x).isLessThan(20);
        }
    }

    @Test
    void ticksAreRoundNumbersInsideTheAxis() {
        assertThat(Ticks.between(-0.37, 1.63, 5)).containsExactly(0.0, 0.5, 1.0, 1.5);
        assertThat(Ticks.between(0.1, 0.4, 3)).containsExactly(0.1, 0.2, 0.3, 0.4);
        assertThat(Ticks.between(2, 2, 5)).isEmpty();
    }
}
