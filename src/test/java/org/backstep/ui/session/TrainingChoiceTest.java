package org.backstep.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.backstep.engine.Adam;
import org.backstep.engine.Batching;
import org.backstep.engine.GradientDescent;
import org.backstep.engine.Momentum;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Training;
import org.junit.jupiter.api.Test;

/** What the training tab's fields make: an optimizer from the registry, batches, or located problems. */
class TrainingChoiceTest {
    private static final Training LESSON = new Training(new GradientDescent(0.5), 200, new Batching(0, false, 42L));

    @Test
    void adamsFieldsMakeAdamWithTheBatchesAndEpochsChosenAndTheRestOfTheLessonsTraining() {
        Batching two = new Batching(2, true, 42L);
        TrainingChoice.Chosen chosen = TrainingChoice.of(LESSON, Adam.KIND, Map.of("learningRate", "0,01",
                "beta1", "0.8", "beta2", " 0.99 ", "epsilon", "1e-6", "weightDecay", "0"), two, 500);
        assertThat(chosen.usable()).isTrue();
        assertThat(chosen.problems()).isEmpty();
        assertThat(chosen.training()).isEqualTo(new Training(new Adam(0.01, 0.8, 0.99, 1e-6, 0), 500, two));
    }

    @Test
    void aSettingLeftOutTakesItsDefaultButTheLearningRateMustBeGiven() {
        TrainingChoice.Chosen chosen = TrainingChoice.of(LESSON, Momentum.KIND, Map.of("learningRate", "0.1"),
                Batching.FULL, 10);
        assertThat(chosen.training().optimizer()).isEqualTo(new Momentum(0.1, 0.9, 0));
        TrainingChoice.Chosen noRate = TrainingChoice.of(LESSON, Momentum.KIND, Map.of(), Batching.FULL, 10);
        assertThat(noRate.usable()).isFalse();
        assertThat(noRate.problems()).extracting(TrainingChoice.Problem::setting).containsExactly(Optimizer.LEARNING_RATE);
    }

    @Test
    void everyFieldThatCannotBeUsedIsToldInTheOrderOfTheSettingsByItsOwnRule() {
        TrainingChoice.Chosen chosen = TrainingChoice.of(LESSON, Adam.KIND, Map.of("learningRate", "fast",
                "beta1", "1", "beta2", "0.999", "epsilon", "0", "weightDecay", "0"), Batching.FULL, 10);
        assertThat(chosen.usable()).isFalse();
        assertThat(chosen.training()).isNull();
        assertThat(chosen.problems()).containsExactly(
                new TrainingChoice.Problem(Optimizer.LEARNING_RATE, "fast", true),
                new TrainingChoice.Problem(Optimizer.BETA1, "1", false),
                new TrainingChoice.Problem(Optimizer.EPSILON, "0", false));
        assertThat(TrainingChoice.problem(Optimizer.BETA1, "0.999999")).isNull();
        assertThat(TrainingChoice.problem(Optimizer.BETA1, "0")).as("β₁ may be 0: no running mean").isNull();
        assertThat(TrainingChoice.problem(Optimizer.MOMENTUM, "-0.1")).isNotNull();
        assertThat(TrainingChoice.problem(Optimizer.LEARNING_RATE, "NaN")).isEqualTo(
                new TrainingChoice.Problem(Optimizer.LEARNING_RATE, "NaN", true));
    }

    @Test
    void allTheSamplesIsFullBatchNeverShuffledAndTheLessonsOwnFullBatchIsKeptAsItIs() {
        Batching own = new Batching(0, false, 42L);
        Batching shuffledTwo = new Batching(2, true, 42L);
        assertThat(TrainingChoice.batching(own, own, 2, true, 4)).isEqualTo(shuffledTwo);
        assertThat(TrainingChoice.batching(own, own, 3, false, 4)).isEqualTo(new Batching(3, false, 42L));
        assertThat(TrainingChoice.batching(own, shuffledTwo, 4, true, 4)).as("back to All: the lesson's own")
                .isSameAs(own);
        Batching ownBatches = new Batching(2, true, 7L);
        assertThat(TrainingChoice.batching(ownBatches, ownBatches, 4, true, 4))
                .as("a full batch of a lesson written with batches: unshuffled, its seed kept")
                .isEqualTo(new Batching(0, false, 7L));
        assertThat(TrainingChoice.batching(ownBatches, ownBatches, 9, true, 4).plainFullBatch(4)).isTrue();
    }

    @Test
    void theFieldsStartFromTheLessonsRateItsOwnNumbersForItsKindAndTheDefaultsForOthers() {
        Optimizer lessons = new Momentum(0.3, 0.5, 0.01);
        assertThat(TrainingChoice.startValue(Adam.KIND, Optimizer.LEARNING_RATE, lessons))
                .as("one learning rate for every optimizer").isEqualTo(0.3);
        assertThat(TrainingChoice.startValue(Momentum.KIND, Optimizer.MOMENTUM, lessons)).isEqualTo(0.5);
        assertThat(TrainingChoice.startValue(Momentum.KIND, Optimizer.WEIGHT_DECAY, lessons)).isEqualTo(0.01);
        assertThat(TrainingChoice.startValue(Adam.KIND, Optimizer.WEIGHT_DECAY, lessons)).isZero();
        assertThat(TrainingChoice.startValue(Adam.KIND, Optimizer.BETA2, lessons)).isEqualTo(0.999);
        assertThat(TrainingChoice.shown(1e-8)).isEqualTo("1e-8");
        assertThat(TrainingChoice.shown(0.999)).isEqualTo("0.999");
    }

    @Test
    void theBatchFieldReadsAWholeNumberInRangeOrItsWordForAll() {
        assertThat(TrainingChoice.typedBatchSize("2", 4)).isEqualTo(2);
        assertThat(TrainingChoice.typedBatchSize(" 4 ", 4)).isEqualTo(4);
        assertThat(TrainingChoice.typedBatchSize("All (4)", 4)).isEqualTo(4);
        assertThat(TrainingChoice.typedBatchSize("Alle (8)", 8)).isEqualTo(8);
        assertThat(TrainingChoice.typedBatchSize("5", 4)).isEqualTo(-1);
        assertThat(TrainingChoice.typedBatchSize("0", 4)).isEqualTo(-1);
        assertThat(TrainingChoice.typedBatchSize("2.5", 4)).isEqualTo(-1);
        assertThat(TrainingChoice.typedBatchSize("", 4)).isEqualTo(-1);
    }

    @Test
    void aComparisonOffersGradientDescentMomentumAndAdamEachWithItsDefaultsAndOneRate() {
        assertThat(TrainingChoice.comparedFirst()).extracting(Optimizer.Kind::fileName)
                .containsExactly("sgd", "momentum", "adam");
        assertThat(TrainingChoice.withDefaults(Adam.KIND, 0.05)).isEqualTo(new Adam(0.05, 0.9, 0.999, 1e-8, 0));
        assertThat(TrainingChoice.repeats(java.util.List.of(Adam.KIND, Momentum.KIND, Adam.KIND))).isTrue();
        assertThat(TrainingChoice.repeats(TrainingChoice.comparedFirst())).isFalse();
    }

    @Test
    void aStepOfARunIsNamedByItsEpochAndItsBatch() {
        assertThat(BatchPlace.of(9, 2)).isEqualTo(new BatchPlace(9, 4, 2, 2));
        assertThat(BatchPlace.of(9, 2).miniBatch()).isTrue();
        assertThat(BatchPlace.of(57, 1)).isEqualTo(new BatchPlace(57, 57, 1, 1));
        assertThat(BatchPlace.of(57, 1).miniBatch()).as("full batch: the epoch says it all").isFalse();
    }
}
