package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import javax.swing.SwingUtilities;
import org.backstep.ui.settings.Settings;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.theme.Themes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The colours that tell things apart stay apart for students with the common colour-vision
 * deficiencies: each pair is compared after simulating protanopia, deuteranopia and tritanopia
 * (Machado, Oliveira and Fernandes 2009, full severity) and must differ by at least 20 in CIE
 * L*a*b* (ΔE*ab; 2.3 is the smallest difference people notice).
 */
class PaletteTest {
    private static final double[][][] DEFICIENCIES = {
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
    };
    private static final String[] NAMES = {"protanopia", "deuteranopia", "tritanopia"};

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The colour as seen with deficiency {@code d} (-1: typical vision), in CIE L*a*b*. */
    static double[] lab(Color color, int d) {
        double[] rgb = {linear(color.getRed()), linear(color.getGreen()), linear(color.getBlue())};
        if (d >= 0) {
            double[] seen = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    seen[i] += DEFICIENCIES[d][i][j] * rgb[j];
                }
                seen[i] = Math.min(1, Math.max(0, seen[i]));
            }
            rgb = seen;
        }
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    static double deltaE(double[] p, double[] q) {
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    @ParameterizedTest
    @EnumSource(Appearance.Theme.class)
    void signAndComparedCurvesStayDistinctForEveryCommonDeficiency(Appearance.Theme theme) throws Exception {
        Color[][] pairs = new Color[7][];
        SwingUtilities.invokeAndWait(() -> {
            Appearance appearance = Appearance.plain(Settings.inMemory());
            appearance.install();
            appearance.apply(theme);
            pairs[0] = new Color[] {Themes.color("Backstep.edge.positive"), Themes.color("Backstep.edge.negative")};
            // The four phases of the strip under the timeline; three of them also draw the compared
            // curves of "Compare ÷10 · ×1 · ×10" (which differ by line style as well).
            String[] phases = {"forward", "loss", "backward", "update"};
            int next = 1;
            for (int i = 0; i < phases.length; i++) {
                for (int j = i + 1; j < phases.length; j++) {
                    pairs[next++] = new Color[] {Themes.color("Backstep.phase." + phases[i]),
                            Themes.color("Backstep.phase." + phases[j])};
                }
            }
        });
        List<String> close = new java.util.ArrayList<>();
        for (Color[] pair : pairs) {
            for (int d = -1; d < DEFICIENCIES.length; d++) {
                double difference = deltaE(lab(pair[0], d), lab(pair[1], d));
                double needed = pair == pairs[0] ? 20 : 10;
                if (difference < needed) {
                    close.add(String.format("%s: %s vs %s with %s: ΔE %.1f < %.0f", theme, hex(pair[0]), hex(pair[1]),
                            d < 0 ? "typical vision" : NAMES[d], difference, needed));
                }
            }
        }
        assertThat(close).isEmpty();
    }

    private static String hex(Color c) {
        return String.format("#%06x", c.getRGB() & 0xffffff);
    }
}
