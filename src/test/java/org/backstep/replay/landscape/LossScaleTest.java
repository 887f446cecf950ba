package org.backstep.replay.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The landscape's colour scale: compressed towards the top, its ends the grid's lowest and highest. */
class LossScaleTest {

    @Test
    void theEndsAreTheLowestAndHighestAndTheInverseGoesBack() {
        LossScale scale = new LossScale(0.2, 10.2);
        assertThat(scale.position(0.2)).isZero();
        assertThat(scale.position(10.2)).isCloseTo(1.0, within(1e-12));
        for (double loss : new double[] {0.21, 0.5, 3, 9.9}) {
            assertThat(scale.lossAt(scale.position(loss))).isCloseTo(loss, within(1e-9));
        }
    }

    @Test
    void theLowerPartGetsMoreOfTheScaleThanOnAnEvenOne() {
        LossScale scale = new LossScale(0, 100);
        assertThat(scale.position(10)).as("a tenth of the way up").isGreaterThan(0.4);
        double[] levels = scale.levels(10);
        assertThat(levels).hasSize(10).isSorted();
        assertThat(levels[0]).isGreaterThan(0).isLessThan(1);
        assertThat(levels[9]).isLessThan(100);
    }

    @Test
    void whatIsNotANumberOrAboveTheTopIsClippedToIt() {
        LossScale scale = new LossScale(1, 2);
        assertThat(scale.position(Double.NaN)).isEqualTo(1.0);
        assertThat(scale.position(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(scale.position(1e300)).isEqualTo(1.0);
        assertThat(scale.position(0.5)).isZero();
    }

    @Test
    void aFlatGridIsOneColour() {
        LossScale flat = new LossScale(3, 3);
        assertThat(flat.spreads()).isFalse();
        assertThat(flat.position(3)).isZero();
        assertThat(new LossScale(Double.NaN, Double.NaN).spreads()).isFalse();
    }
}
