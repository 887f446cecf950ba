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
        assertThat(Optimizer.kind("adagrad")).isNull();
        assertThat(Optimizer.allowedNames()).isEqualTo("sgd, momentum, nesterov, rmsprop, adam, adamw");
        Optimizer sgd = kind.make(Map.of("learningRate", 0.3));
        assertThat(sgd).isEqualTo(new GradientDescent(0.3));
        assertThat(sgd.values()).containsExactly(0.3, 0.0);
        assertThat(kind.settings()).extracting(Hyperparameter::field).containsExactly("learningRate", "weightDecay");
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

    @Test
    void eachKindHasTheSettingsTorchNamesWithTorchsDefaults() {
        assertThat(Optimizer.kind("momentum").settings()).extracting(Hyperparameter::field)
                .containsExactly("learningRate", "momentum", "weightDecay");
        assertThat(Optimizer.kind("nesterov").settings()).extracting(Hyperparameter::field)
                .containsExactly("learningRate", "momentum", "weightDecay");
        assertThat(Optimizer.kind("rmsprop").settings()).extracting(Hyperparameter::field)
                .containsExactly("learningRate", "alpha", "epsilon", "weightDecay");
        assertThat(Optimizer.kind("adam").settings()).extracting(Hyperparameter::field)
                .containsExactly("learningRate", "beta1", "beta2", "epsilon", "weightDecay");
        assertThat(Optimizer.kind("adamw").make(Map.of("learningRate", 0.01)))
                .isEqualTo(new AdamW(0.01, 0.9, 0.999, 1e-8, 0.01));
        assertThat(Optimizer.kind("adam").make(Map.of("learningRate", 0.01)))
                .isEqualTo(new Adam(0.01, 0.9, 0.999, 1e-8, 0));
        assertThat(Optimizer.kind("rmsprop").make(Map.of("learningRate", 0.01))).isEqualTo(new RmsProp(0.01, 0.99, 1e-8, 0));
        assertThat(Optimizer.kind("nesterov").make(Map.of("learningRate", 0.1, "momentum", 0.5)))
                .isEqualTo(new Nesterov(0.1, 0.5, 0));
        assertThat(Optimizer.BETA2.problem(1)).isEqualTo("must be at least 0 and less than 1");
        assertThat(Optimizer.EPSILON.problem(0)).isEqualTo("must be greater than 0 and at most 1");
        assertThat(Optimizer.WEIGHT_DECAY.problem(10.5)).isEqualTo("must be at least 0 and at most 10");
        assertThatThrownBy(() -> new Adam(0.01, 1, 0.999, 1e-8, 0)).hasMessageContaining("beta1 must be at least 0");
        assertThat(new Adam(0.01, 0.9, 0.999, 1e-8, 0).withLearningRate(0.5)).isEqualTo(new Adam(0.5, 0.9, 0.999, 1e-8, 0));
    }

    @Test
    void theStateNamesWhatEachUpdateWritesAndTheDecayedGradientOnlyWithDecay() {
        assertThat(new Momentum(0.1, 0.9, 0).state()).extracting(Optimizer.StateVariable::symbol).containsExactly("v");
        assertThat(new Momentum(0.1, 0.9, 0.01).state()).extracting(Optimizer.StateVariable::symbol).containsExactly("g", "v");
        assertThat(new GradientDescent(0.1, 0.01).state()).extracting(Optimizer.StateVariable::symbol).containsExactly("g");
        assertThat(new RmsProp(0.1, 0.99, 1e-8, 0).state()).extracting(Optimizer.StateVariable::symbol).containsExactly("s");
        assertThat(new Adam(0.1, 0.9, 0.999, 1e-8, 0.1).state()).extracting(Optimizer.StateVariable::symbol)
                .containsExactly("g", "m", "v", "mhat", "vhat");
        assertThat(new AdamW(0.1, 0.9, 0.999, 1e-8, 0.1).state()).as("AdamW's decay acts on the parameter")
                .extracting(Optimizer.StateVariable::symbol).containsExactly("m", "v", "mhat", "vhat");
        assertThat(new Momentum(0.1, 0.9, 0).state().get(0).words()).isEqualTo("velocity");
        assertThat(new Adam(0.1, 0.9, 0.999, 1e-8, 0).state().get(1).words()).as("Adam's v is a mean of squares")
                .isEqualTo("squares");
    }

    /** The working of one weight's event, reading {@code slots}: the weight, its gradient, then its state variables. */
    private static String text(Optimizer optimizer, int variable, double... slots) {
        Quantities q = new Quantities(new NetworkShape(1, new int[] {1}, new Activation[] {Activation.IDENTITY},
                Loss.MSE, new boolean[] {false}), 1, optimizer);
        java.util.function.IntToDoubleFunction read = slot -> {
            int at = slot == q.parameterSlot(0) ? 0 : slot == q.gradientSlot(0) ? 1
                    : q.kind(slot) == QuantityKind.OPTIMIZER_STATE && q.parameterOf(slot) == 0 ? 2 + q.stateVariableOf(slot) : -1;
            return at >= 0 && at < slots.length ? slots[at] : Double.NaN;
        };
        return WorkingText.of(optimizer.working(variable, 0, q, read, 3));
    }

    @Test
    void eachEventIsWorkedOutWithTheNumbersItRead() {
        // Slots: w, dL/dw, then the state variables of the one parameter in order.
        assertThat(text(new Momentum(0.1, 0.9, 0), 0, 0.5, -0.288385, -0.408058)).isEqualTo("0.9·(-0.408058) + (-0.288385)");
        assertThat(text(new Momentum(0.1, 0.9, 0), -1, 0.5, -0.288385, -0.655637)).isEqualTo("0.5 - 0.1·(-0.655637)");
        assertThat(text(new Nesterov(0.1, 0.9, 0), -1, 0.5, 0.2, 0.3)).isEqualTo("0.5 - 0.1·(0.2 + 0.9·0.3)");
        assertThat(text(new GradientDescent(0.1, 0.01), 0, 0.5, 0.2, 0)).isEqualTo("0.2 + 0.01·0.5");
        assertThat(text(new GradientDescent(0.1, 0.01), -1, 0.5, 0.2, 0.205)).isEqualTo("0.5 - 0.1·0.205");
        assertThat(text(new RmsProp(0.01, 0.99, 1e-8, 0), 0, 0.5, 0.2, 0.0)).isEqualTo("0.99·0 + 0.01·0.2²");
        assertThat(text(new RmsProp(0.01, 0.99, 1e-8, 0), -1, 0.5, 0.2, 0.0004)).isEqualTo("0.5 - 0.01·0.2 / (√0.0004 + 1e-8)");
        Adam adam = new Adam(0.01, 0.9, 0.999, 1e-8, 0);
        assertThat(text(adam, 0, 0.5, 0.2, 0.1)).isEqualTo("0.9·0.1 + 0.1·0.2");
        assertThat(text(adam, 1, 0.5, 0.2, 0.1, 0.004)).isEqualTo("0.999·0.004 + 0.001·0.2²");
        assertThat(text(adam, 2, 0.5, 0.2, 0.11)).as("update 3's bias correction").isEqualTo("0.11 / (1 - 0.9^3)");
        assertThat(text(adam, 3, 0.5, 0.2, 0.11, 0.004)).isEqualTo("0.004 / (1 - 0.999^3)");
        assertThat(text(adam, -1, 0.5, 0.2, 0.11, 0.004, 0.4, 1.3)).isEqualTo("0.5 - 0.01·0.4 / (√1.3 + 1e-8)");
        assertThat(text(new AdamW(0.01, 0.9, 0.999, 1e-8, 0.01), -1, 0.5, 0.2, 0.11, 0.004, 0.4, 1.3))
                .isEqualTo("0.5·(1 - 0.01·0.01) - 0.01·0.4 / (√1.3 + 1e-8)");
    }

    @Test
    void theUpdatesAreTorchsFormulas() {
        double[] p = {0.5};
        double[] state = new double[4];
        new Adam(0.1, 0.9, 0.999, 1e-8, 0).update(p, new double[] {0.2}, state, 0, 1, 1);
        // After one update Adam's step is η·sign(g) up to ε: m̂ = g and v̂ = g².
        assertThat(state[2]).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(state[3]).isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(p[0]).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-7));
        double[] w = {1.0};
        new AdamW(0.1, 0.9, 0.999, 1e-8, 0.5).update(w, new double[] {0}, new double[4], 0, 1, 1);
        assertThat(w[0]).as("with no gradient only the decay acts").isEqualTo(1.0 * (1 - 0.1 * 0.5));
    }
}
