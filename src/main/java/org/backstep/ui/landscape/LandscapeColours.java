package org.backstep.ui.landscape;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.backstep.replay.landscape.LossGrid;
import org.backstep.replay.landscape.LossScale;

/**
 * The landscape's colours: a ramp from dark violet (low loss) through blue and green to yellow
 * (high loss), after matplotlib's viridis. Its lightness climbs steadily, so the order of the
 * colours reads the same in grey, on a washed-out projector and with each common colour-vision
 * deficiency; no two ends look alike.
 */
final class LandscapeColours {
    /** The ramp's stops, evenly spaced from 0 to 1 (viridis at 0, 1/8, …, 1). */
    private static final int[] STOPS = {0x440154, 0x46327e, 0x365c8d, 0x277f8e, 0x1fa187, 0x4ac16d, 0x9fda3a,
            0xcfe11c, 0xfde725};

    private LandscapeColours() {
    }

    /** The colour at {@code t} of the ramp, 0 (lowest) to 1 (highest); outside is clipped. */
    static Color at(double t) {
        return new Color(rgb(t));
    }

    static int rgb(double t) {
        double clipped = Double.isNaN(t) ? 1 : Math.max(0, Math.min(1, t));
        double at = clipped * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) at);
        double f = at - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
        int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
        return (r << 16) | (g << 8) | bl;
    }

    /** Whether lines drawn over the colour at {@code t} should be light (the dark lower half) or dark. */
    static boolean darkGround(double t) {
        return t < 0.55;
    }

    /**
     * Where each cell's loss sits on the scale, 0 to 1, row 0 at the bottom (as the grid); a loss
     * that is not a finite number at the top (the scale clips it). Worked out once per grid, on any thread.
     */
    static float[] positions(LossGrid grid, LossScale scale) {
        int n = grid.size();
        float[] t = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                t[r * n + c] = (float) scale.position(grid.value(c, r));
            }
        }
        return t;
    }

    /**
     * The map as a {@code side × side} picture: each pixel's place on the scale interpolated
     * (bilinearly) between the four nearest cell centres, then coloured, so the colours change
     * smoothly and the picture's edges hold the edge cells' own colours.
     */
    static BufferedImage smooth(float[] positions, int n, int side) {
        int[] ramp = new int[256];
        for (int k = 0; k < ramp.length; k++) {
            ramp[k] = rgb(k / 255.0);
        }
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[side];
        for (int py = 0; py < side; py++) {
            // Pixel rows go down, grid rows go up.
            double gy = clamp((side - py - 0.5) / side * n - 0.5, n);
            int r0 = (int) gy;
            int r1 = Math.min(n - 1, r0 + 1);
            double fy = gy - r0;
            for (int px = 0; px < side; px++) {
                double gx = clamp((px + 0.5) / side * n - 0.5, n);
                int c0 = (int) gx;
                int c1 = Math.min(n - 1, c0 + 1);
                double fx = gx - c0;
                double bottom = positions[r0 * n + c0] * (1 - fx) + positions[r0 * n + c1] * fx;
                double top = positions[r1 * n + c0] * (1 - fx) + positions[r1 * n + c1] * fx;
                double t = bottom * (1 - fy) + top * fy;
                row[px] = ramp[(int) Math.round(Math.max(0, Math.min(1, t)) * 255)];
            }
            image.setRGB(0, py, side, 1, row, 0, side);
        }
        return image;
    }

    private static double clamp(double v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
