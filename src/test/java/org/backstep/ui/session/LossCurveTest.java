package org.backstep.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The thinned loss curve keeps what a student would look for: the ends, the spikes, the lows. */
class LossCurveTest {
    private static double[][] envelope(double[] losses, int buckets) {
        return LossCurve.envelope(losses, buckets);
    }

    @Test
    void aShortCurveKeepsEveryEpoch() {
        double[][] c = envelope(new double[] {3, 2, 1}, 1000);
        assertThat(c[0]).containsExactly(0, 1, 2);
        assertThat(c[1]).containsExactly(3, 2, 1);
    }

    @Test
    void aLongCurveIsThinnedButKeepsItsEndsAndExtremes() {
        double[] losses = new double[1_000_001];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = 1.0 / (1 + i);
        }
        losses[654_321] = 50.0; // a spike, as when the learning rate is too large
        losses[999_999] = -1.0;
        double[][] c = envelope(losses, 1000);
        assertThat(c[0].length).isLessThanOrEqualTo(2001);
        assertThat(c[0][0]).isZero();
        assertThat(c[0][c[0].length - 1]).isEqualTo(1_000_000);
        assertThat(c[1]).contains(50.0, -1.0, 1.0);
        for (int i = 1; i < c[0].length; i++) {
            assertThat(c[0][i]).isGreaterThan(c[0][i - 1]);
        }
    }

    @Test
    void eachStepsBatchLossStandsAtItsPlaceBetweenTheEpochs() {
        double[][] c = LossCurve.stepEnvelope(new double[] {4, 3, 2, 1, 0.5, 0.25}, 3, 1000);
        assertThat(c[0]).containsExactly(0, 1 / 3.0, 2 / 3.0, 1, 4 / 3.0, 5 / 3.0);
        assertThat(c[1]).containsExactly(4, 3, 2, 1, 0.5, 0.25);
        double[] many = new double[300_000];
        java.util.Arrays.fill(many, 1);
        double[][] thinned = LossCurve.stepEnvelope(many, 3, 1000);
        assertThat(thinned[0].length).isLessThanOrEqualTo(2001);
        assertThat(thinned[0][thinned[0].length - 1]).isEqualTo(299_999 / 3.0);
    }
}
