package org.backstep.replay.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.Test;

/**
 * The budget: a 60 × 60 landscape of the seed lesson (grid, scale and contour lines) is
 * worked out in under 200 ms on a two-core lab machine, once the code is warm. The median of
 * several runs, so one pause of the machine's other work does not decide it.
 */
class LandscapePerformanceTest {
    static final long BUDGET_MS = 200;

    @Test
    void theSeedLessonsLandscapeTakesLessThanTwoHundredMilliseconds() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        double[] held = seed.initialParameters();
        int up = seed.shape().weightIndex(1, 0, 0);
        LandscapePath path = LandscapePath.ofStep(seed.recordFirstStep(1_000_000), 0, up);
        for (int i = 0; i < 20; i++) {
            compute(seed, held, up, path);
        }
        long[] nanos = new long[15];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            Landscape landscape = compute(seed, held, up, path);
            nanos[i] = System.nanoTime() - t0;
            assertThat(landscape.grid().size()).isEqualTo(60);
            assertThat(landscape.contours()).hasSize(Landscape.LEVELS);
        }
        Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        System.out.printf("60 x 60 seed landscape: median %.2f ms, fastest %.2f ms, slowest %.2f ms%n", medianMs,
                nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6);
        assertThat(medianMs).isLessThan(BUDGET_MS);
    }

    private static Landscape compute(Lesson seed, double[] held, int up, LandscapePath path) {
        // A new step each time, as the tab makes one for each landscape.
        return Landscape.compute(seed.newStep(), held, 0, up, path, new double[0][], () -> false, rows -> { });
    }
}
