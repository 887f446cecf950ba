package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.backstep.engine.NetworkShape;
import org.backstep.engine.TrainingRun;
import org.junit.jupiter.api.Test;

/** What each bundled lesson sets out to show does happen when it is trained. */
class LessonCatalogueTest {

    private static TrainingRun train(Lesson lesson) {
        return TrainingRun.train(lesson.newStep(), lesson.initialParameters(), lesson.learningRate(), lesson.epochs());
    }

    @Test
    void everyBundledLessonHasGoalsMinutesAndAWalkthrough() throws LessonException {
        assertThat(BundledLessons.ids()).contains("seed-2-3-1", "one-neuron", "mazur-2-2-2", "dead-relu", "xor",
                "xor-no-hidden");
        for (String id : BundledLessons.ids()) {
            Lesson lesson = BundledLessons.load(id);
            assertThat(lesson.about().goals()).as(id).isNotEmpty();
            assertThat(lesson.about().minutes()).as(id).isPositive();
            assertThat(lesson.walkthrough().isEmpty()).as(id).isFalse();
        }
    }

    @Test
    void theDeadReluUnitNeverChangesWhileTheLossStillFalls() throws LessonException {
        Lesson lesson = BundledLessons.load("dead-relu");
        TrainingRun run = train(lesson);
        NetworkShape shape = lesson.shape();
        double[] before = lesson.initialParameters();
        double[] after = run.parametersAt(run.completedUpdates());
        int[] h2 = {shape.weightIndex(0, 1, 0), shape.weightIndex(0, 1, 1), shape.biasIndex(0, 1),
                shape.weightIndex(1, 0, 1)};
        for (int p : h2) {
            assertThat(after[p]).as(shape.parameterName(p)).isEqualTo(before[p]);
        }
        double[] losses = run.losses();
        assertThat(losses[losses.length - 1]).isLessThan(losses[0] / 10);
    }

    @Test
    void xorIsLearnedWithAHiddenLayerAndNotWithout() throws LessonException {
        Lesson xor = BundledLessons.load("xor");
        TrainingRun run = train(xor);
        double[][] out = xor.newStep().outputs(run.parametersAt(run.completedUpdates()));
        assertThat(out).hasNumberOfRows(4);
        double[] expected = {0, 1, 1, 0};
        for (int s = 0; s < 4; s++) {
            assertThat(Math.round(out[s][0])).as("sample %d", s).isEqualTo((long) expected[s]);
        }
        Lesson flat = BundledLessons.load("xor-no-hidden");
        double[] losses = train(flat).losses();
        assertThat(losses[losses.length - 1]).as("one unit cannot beat a coin toss").isGreaterThan(0.69);
    }

    @Test
    void oneNeuronMovesItsOutputTowardsTheTarget() throws LessonException {
        Lesson lesson = BundledLessons.load("one-neuron");
        TrainingRun run = train(lesson);
        double first = lesson.newStep().outputs(lesson.initialParameters())[0][0];
        double last = lesson.newStep().outputs(run.parametersAt(run.completedUpdates()))[0][0];
        assertThat(first).isBetween(0.66, 0.67);
        assertThat(last).isGreaterThan(0.9);
    }
}
