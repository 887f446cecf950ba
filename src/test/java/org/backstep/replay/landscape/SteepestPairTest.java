package org.backstep.replay.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.backstep.engine.NetworkShape;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** The pair shown before the student picks one: the two steepest trained parameters. */
class SteepestPairTest {

    @Test
    void theSeedLessonsPairIsItsTwoLargestGradientsInSize() throws Exception {
        Lesson seed = BundledLessons.load("seed-2-3-1");
        double[] g = new double[seed.shape().parameterCount()];
        seed.newStep().gradient(seed.initialParameters(), g);
        int[] bySize = IntStream.range(0, g.length).boxed()
                .sorted(Comparator.comparingDouble((Integer p) -> -Math.abs(g[p])).thenComparing(p -> p))
                .mapToInt(Integer::intValue).toArray();
        int[] pair = SteepestPair.of(seed.newStep(), seed.initialParameters());
        assertThat(pair).containsExactly(bySize[0], bySize[1]);
        assertThat(Math.abs(g[pair[0]])).isGreaterThan(Math.abs(g[bySize[2]]));
    }

    @Test
    void equalSizesGoByIndexAndTheSignDoesNotCount() throws Exception {
        NetworkShape shape = BundledLessons.load("seed-2-3-1").shape();
        double[] g = new double[shape.parameterCount()];
        g[5] = 0.5;
        g[3] = -0.5;
        g[8] = 0.5;
        assertThat(SteepestPair.of(shape, g)).containsExactly(3, 5);
        g[9] = -0.7;
        assertThat(SteepestPair.of(shape, g)).containsExactly(9, 3);
    }

    @Test
    void aGradientThatIsNotANumberComesLast() throws Exception {
        NetworkShape shape = BundledLessons.load("seed-2-3-1").shape();
        double[] g = new double[shape.parameterCount()];
        g[0] = Double.NaN;
        g[4] = 1e-9;
        assertThat(SteepestPair.of(shape, g)).containsExactly(4, 1);
    }

    @Test
    void frozenBiasesAreNeverPicked() throws Exception {
        Lesson lesson = BundledLessons.load("seed-2-3-1");
        NetworkShape shape = lesson.shape();
        NetworkShape frozen = new NetworkShape(shape.inputs(), new int[] {3, 1},
                new org.backstep.engine.Activation[] {shape.activation(0), shape.activation(1)}, shape.loss(),
                new boolean[] {false, true});
        double[] g = new double[frozen.parameterCount()];
        g[frozen.biasIndex(0, 1)] = 9;
        g[frozen.biasIndex(0, 2)] = 8;
        g[2] = 1;
        assertThat(SteepestPair.of(frozen, g)).containsExactly(2, 0);
    }
}
