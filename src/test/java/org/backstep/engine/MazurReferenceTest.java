package org.backstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** Matt Mazur's published worked example, number by number. */
class MazurReferenceTest {

    @Test
    void oneStepMatchesThePublishedNumbers() throws Exception {
        Lesson lesson = BundledLessons.load("mazur-2-2-2");
        TrainingStep step = lesson.newStep();
        TrainingState state = lesson.startState();
        double[] p = state.parameters();
        NetworkShape shape = lesson.shape();

        double before = step.run(state, 0, OperationSink.NONE);

        assertThat(before).isCloseTo(0.298371109, within(5e-10));
        // w5..w8: hidden → output weights after one update.
        assertThat(p[shape.weightIndex(1, 0, 0)]).isCloseTo(0.35891648, within(5e-9));
        assertThat(p[shape.weightIndex(1, 0, 1)]).isCloseTo(0.408666186, within(5e-10));
        assertThat(p[shape.weightIndex(1, 1, 0)]).isCloseTo(0.511301270, within(5e-10));
        assertThat(p[shape.weightIndex(1, 1, 1)]).isCloseTo(0.561370121, within(5e-10));
        // w1..w4 use the output weights from before the update.
        assertThat(p[shape.weightIndex(0, 0, 0)]).isCloseTo(0.149780716, within(5e-10));
        assertThat(p[shape.weightIndex(0, 0, 1)]).isCloseTo(0.19956143, within(5e-9));
        assertThat(p[shape.weightIndex(0, 1, 0)]).isCloseTo(0.24975114, within(5e-9));
        assertThat(p[shape.weightIndex(0, 1, 1)]).isCloseTo(0.29950229, within(5e-9));
        // The biases are frozen in this example.
        assertThat(p[shape.biasIndex(0, 0)]).isEqualTo(0.35);
        assertThat(p[shape.biasIndex(1, 1)]).isEqualTo(0.60);
    }

    @Test
    void tenThousandStepsReachThePublishedError() throws Exception {
        Lesson lesson = BundledLessons.load("mazur-2-2-2");
        TrainingRun run = TrainingRun.train(lesson.newStep(), lesson.startState(), 10_000);
        double[] losses = run.losses();
        // Mazur's figures come from the forward pass of his 10,000th round, before its update:
        // the parameters after 9,999 updates.
        assertThat(losses[9_999]).isCloseTo(0.0000351085, within(5e-11));
        // (The outputs quoted beside that figure come from a slightly different run and are not checked.)
        double[][] outputs = lesson.newStep().outputs(run.parametersAt(10_000));
        assertThat(outputs[0][0]).isCloseTo(0.01, within(0.01));
        assertThat(outputs[0][1]).isCloseTo(0.99, within(0.01));
    }
}
