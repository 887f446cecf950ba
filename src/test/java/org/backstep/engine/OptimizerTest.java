package org.backstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The optimizer seam: a kind is found by its file name, makes an optimizer from its settings,
 * checks each setting with the message every front end shows, and updates only what it is given.
 */
class OptimizerTest {

    @Test
    void gradientDescentIsFoundByItsFileNameAndMadeFromItsSettings() {
        Optimizer.Kind kind = Optimizer.kind("sgd");
        assertThat(kind).isSameAs(GradientDescent.KIND);
        assertThat(Optimizer.kind("adam")).isNull();
        assertThat(Optimizer.allowedNames()).startsWith("sgd");
        Optimizer sgd = kind.make(Map.of("learningRate", 0.3));
        assertThat(sgd).isEqualTo(new GradientDescent(0.3));
        assertThat(sgd.values()).containsExactly(0.3);
        assertThat(kind.settings()).extracting(Hyperparameter::field).containsExactly("learningRate");
        assertThat(sgd.withLearningRate(0.03).learningRate()).isEqualTo(0.03);
        assertThat(sgd.state()).as("plain gradient descent keeps nothing between updates").isEmpty();
    }

    @Test
    void theLearningRateSaysWhatItMustBe() {
        Hyperparameter rate = Optimizer.LEARNING_RATE;
        assertThat(rate.required()).isTrue();
        assertThat(rate.wanted()).isEqualTo("a number greater than 0");
        assertThat(rate.problem(0)).isEqualTo("must be greater than 0 and at most 100");
        assertThat(rate.problem(100.5)).isEqualTo("must be greater than 0 and at most 100");
        assertThat(rate.problem(Double.NaN)).isNotNull();
        assertThat(rate.problem(100)).isNull();
        assertThat(rate.problem(1e-9)).isNull();
        assertThatThrownBy(() -> new GradientDescent(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be greater than 0");
    }

    @Test
    void aRangeWithIncludedAndExcludedEndsIsSaidAsSuch() {
        Hyperparameter momentum = new Hyperparameter("momentum", 0.9, 0, true, 1, false);
        assertThat(momentum.required()).isFalse();
        assertThat(momentum.range()).isEqualTo("at least 0 and less than 1");
        assertThat(momentum.accepts(0)).isTrue();
        assertThat(momentum.accepts(1)).isFalse();
        assertThat(Optimizer.Kind.value(momentum, Map.of())).isEqualTo(0.9);
    }

    @Test
    void anUpdateChangesOnlyTheParametersItIsGiven() {
        double[] p = {1.0, 2.0, 3.0, 4.0};
        double[] g = {0.5, -0.25, 1.0, 8.0};
        new GradientDescent(0.1).update(p, g, new double[0], 1, 3, 1);
        assertThat(p).containsExactly(1.0, 2.0 - 0.1 * -0.25, 3.0 - 0.1 * 1.0, 4.0);
    }

    @Test
    void aTrainingStateIsCopiedWholeAndKeptForAnOptimizerWithTheSameState() {
        TrainingState start = TrainingState.start(new double[] {0.5, -0.5}, new GradientDescent(0.5));
        TrainingState copy = start.copy();
        copy.parameters()[0] = 9;
        assertThat(start.parameters()).containsExactly(0.5, -0.5);
        assertThat(start.sameAs(copy)).isFalse();
        assertThat(start.keptFor(new GradientDescent(0.1))).isSameAs(start);
        assertThat(new Training(new GradientDescent(0.5), 10).withEpochs(20).epochs()).isEqualTo(20);
        assertThatThrownBy(() -> new Training(new GradientDescent(0.5), -1)).hasMessageContaining("from 0 to 1000000");
        assertThat(List.of(Limits.epochsRule())).containsExactly("must be from 0 to 1000000");
    }
}
