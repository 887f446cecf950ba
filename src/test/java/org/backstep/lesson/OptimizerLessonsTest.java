package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.backstep.engine.Optimizer;
import org.backstep.engine.TrainingRun;
import org.junit.jupiter.api.Test;

/**
 * The two lessons about optimizers tell a story about training runs; these tests train each lesson
 * from its own start with plain gradient descent, momentum and Adam (each with its default
 * settings, at the lesson's learning rate) and check that the story, and every number the
 * walkthrough quotes, is what training does.
 */
class OptimizerLessonsTest {

    /** The lesson trained with another optimizer at the same learning rate, from the same start. */
    private static TrainingRun train(Lesson lesson, String optimizer, double rate) {
        Optimizer other = Optimizer.kind(optimizer).make(Map.of("learningRate", rate));
        Lesson switched = lesson.withTraining(lesson.training().withOptimizer(other));
        return TrainingRun.train(switched.newStep(), switched.startState(), lesson.training().epochs());
    }

    private static TrainingRun train(Lesson lesson, String optimizer) {
        return train(lesson, optimizer, lesson.training().optimizer().learningRate());
    }

    /** The first epoch whose loss is below {@code level}, or -1 if the run never gets there. */
    private static int epochsUntilBelow(TrainingRun run, double level) {
        double[] losses = run.losses();
        for (int epoch = 0; epoch < losses.length; epoch++) {
            if (losses[epoch] < level) {
                return epoch;
            }
        }
        return -1;
    }

    private static String lastNarration(Lesson lesson) {
        return lesson.walkthrough().stop(lesson.walkthrough().size() - 1).narration();
    }

    @Test
    void theSaddleLessonStartsNextToASaddleWhereTheGradientIsTinyAndTheLossNearlyOne() throws LessonException {
        Lesson lesson = BundledLessons.load("saddle-point");
        assertThat(lesson.initialParameters()).containsExactly(0.01, 0.0, 0.01, 0.0);
        assertThat(lesson.training().optimizer().kind().fileName()).as("the lesson's own step is plain descent")
                .isEqualTo("sgd");
        double[] losses = train(lesson, "sgd").losses();
        assertThat(losses[0]).isCloseTo(0.9998, org.assertj.core.data.Offset.offset(1e-6));
        // At exactly (0, 0) the gradient is zero: plain descent never moves and the loss stays 1.
        Lesson atSaddle = lesson.withInitialParameters(new double[] {0, 0, 0, 0});
        TrainingRun stuck = TrainingRun.train(atSaddle.newStep(), atSaddle.startState(), 100);
        assertThat(stuck.losses()).containsOnly(1.0);
        assertThat(stuck.parametersAt(100)).containsOnly(0.0);
    }

    @Test
    void plainDescentCrawlsOffTheSaddleMomentumLeavesAndAdamLeavesFastest() throws LessonException {
        Lesson lesson = BundledLessons.load("saddle-point");
        TrainingRun sgd = train(lesson, "sgd");
        TrainingRun momentum = train(lesson, "momentum");
        TrainingRun adam = train(lesson, "adam");

        // After 20 epochs plain descent is still almost where it started; the others are well away.
        assertThat(sgd.losses()[20]).isGreaterThan(0.98);
        assertThat(momentum.losses()[20]).isLessThan(0.5);
        assertThat(adam.losses()[20]).isLessThan(momentum.losses()[20]);

        int sgdLeaves = epochsUntilBelow(sgd, 0.5);
        int momentumLeaves = epochsUntilBelow(momentum, 0.5);
        int adamLeaves = epochsUntilBelow(adam, 0.5);
        assertThat(adamLeaves).as("Adam first").isPositive().isLessThan(momentumLeaves);
        assertThat(momentumLeaves).as("momentum well ahead of plain descent").isLessThan(sgdLeaves / 2);
        assertThat(sgdLeaves).as("plain descent does leave within the lesson's epochs").isPositive();
        for (TrainingRun run : List.of(sgd, momentum, adam)) {
            double[] losses = run.losses();
            assertThat(losses[losses.length - 1]).as("all three end near the minimum").isLessThan(0.01);
        }

        // The last stop quotes these very numbers, in every language.
        int sgdPlateau = epochsUntilBelow(sgd, 0.9);
        assertThat(lastNarration(lesson)).contains("above 0.9 for " + sgdPlateau + " epochs")
                .contains("below 0.5 after " + sgdLeaves).contains("after " + momentumLeaves + " epochs")
                .contains("only " + adamLeaves);
        for (String language : List.of("es", "de")) {
            assertThat(lastNarration(lesson.in(language))).as(language).contains(" " + sgdPlateau + " ")
                    .contains(" " + sgdLeaves).contains(" " + momentumLeaves + " ").contains(" " + adamLeaves + ".");
        }
    }

    @Test
    void inTheAdamLessonPlainDescentBlowsUpAtTheLessonsRateAndCrawlsAtATenthWhileAdamFits() throws LessonException {
        Lesson lesson = BundledLessons.load("adam-step-sizes");
        double rate = lesson.training().optimizer().learningRate();
        assertThat(lesson.training().optimizer().kind().fileName()).isEqualTo("adam");
        int epochs = lesson.training().epochs();

        TrainingRun adam = train(lesson, "adam");
        double[] fitted = adam.parametersAt(epochs);
        assertThat(adam.losses()[epochs]).as("Adam reaches a low loss").isLessThan(1e-4);
        assertThat(fitted[0]).as("w1").isCloseTo(1, org.assertj.core.data.Offset.offset(0.01));
        assertThat(fitted[1]).as("w2").isCloseTo(10, org.assertj.core.data.Offset.offset(0.1));

        TrainingRun blowsUp = train(lesson, "sgd");
        double[] sgdLosses = blowsUp.losses();
        assertThat(sgdLosses[sgdLosses.length - 1]).as("plain descent at the lesson's rate").isGreaterThan(1e100);
        for (int epoch = 1; epoch < sgdLosses.length; epoch++) {
            assertThat(sgdLosses[epoch]).as("epoch %d grows on the last", epoch).isGreaterThan(sgdLosses[epoch - 1]);
        }

        double[] momentum = train(lesson, "momentum").losses();
        assertThat(momentum[momentum.length - 1]).as("momentum, one rate for all weights too").isGreaterThan(1e100);

        TrainingRun crawls = train(lesson, "sgd", rate / 10);
        double[] slow = crawls.parametersAt(epochs);
        assertThat(slow[0]).as("w1 is fitted at a tenth of the rate").isCloseTo(1, org.assertj.core.data.Offset.offset(0.01));
        assertThat(slow[1]).as("but w2 has hardly begun").isLessThan(1);
        assertThat(crawls.losses()[epochs]).isGreaterThan(0.5);

        String explanation = ((Question.Choice) lesson.walkthrough().stop(lesson.walkthrough().size() - 1).question())
                .explanation();
        assertThat(explanation).contains("past 10^100").contains("Momentum").contains(String.format(java.util.Locale.ROOT, "reached %.2f", slow[1]))
                .contains(String.format(java.util.Locale.ROOT, "still %.2f", crawls.losses()[epochs]));
        assertThat(lastNarration(lesson)).contains("after " + epochs + " epochs the loss is below 0.0001");
    }

    @Test
    void adamsFirstUpdateMovesBothWeightsByTheLearningRateThoughTheirGradientsDifferNinetyfold()
            throws LessonException {
        Lesson lesson = BundledLessons.load("adam-step-sizes");
        var log = lesson.recordFirstStep(100_000);
        double g1 = log.value(new Selector(null, "dL/dW1[0][0]", null, 4).find(log));
        double g2 = log.value(new Selector(null, "dL/dW1[0][1]", null, 4).find(log));
        assertThat(g1).isEqualTo(-18.0);
        assertThat(g2).isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-12));
        double w1 = log.value(new Selector(null, "W1[0][0]", null, 1).find(log));
        double w2 = log.value(new Selector(null, "W1[0][1]", null, 1).find(log));
        assertThat(w1).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(w2).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(log.value(new Selector(null, "L", null, 4).find(log))).isEqualTo(10.0);
    }
}
