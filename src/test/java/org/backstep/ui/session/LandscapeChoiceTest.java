package org.backstep.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.replay.landscape.Landscape;
import org.backstep.replay.landscape.LandscapePath;
import org.backstep.replay.landscape.RunPath;
import org.backstep.replay.landscape.SteepestPair;
import org.backstep.ui.session.LandscapeChoice.Axis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which two parameters the landscape shows, which path, and where its marker stands. */
class LandscapeChoiceTest {
    private Lesson seed;
    private StepSession session;
    private final AtomicReference<TrainingRun> lastRun = new AtomicReference<>();
    private LandscapeChoice choice;

    @BeforeEach
    void open() throws Exception {
        seed = BundledLessons.load("seed-2-3-1");
        session = new StepSession(seed);
        choice = new LandscapeChoice(session, lastRun::get);
    }

    @Test
    void aLessonOpensOnItsTwoSteepestParametersAndPickingTheOtherAxissParameterSwaps() throws Exception {
        int[] steepest = SteepestPair.of(seed.newStep(), seed.initialParameters());
        assertThat(new int[] {choice.across(), choice.up()}).containsExactly(steepest);
        assertThat(choice.pick(Axis.ACROSS, 0)).isTrue();
        assertThat(choice.across()).isZero();
        assertThat(choice.up()).isEqualTo(steepest[1]);
        assertThat(choice.pick(Axis.UP, 0)).as("the across parameter put up").isTrue();
        assertThat(new int[] {choice.across(), choice.up()}).containsExactly(steepest[1], 0);
        choice.useLargestGradients();
        assertThat(new int[] {choice.across(), choice.up()}).containsExactly(steepest);
        choice.pick(Axis.UP, 3);
        session.open(BundledLessons.load("xor"));
        Lesson xor = session.lesson();
        assertThat(new int[] {choice.across(), choice.up()}).as("another lesson, its own pair")
                .containsExactly(SteepestPair.of(xor.newStep(), xor.initialParameters()));
    }

    /** A chain of identities with {@code layers} layers (x → ŷ, or x → h → ŷ), its biases frozen: one trained weight a layer. */
    private static Lesson chain(int layers) throws Exception {
        String second = layers == 2 ? ", {\"units\": 1, \"activation\": \"identity\", \"names\": [\"ŷ\"], "
                + "\"weights\": [[0.01]], \"biases\": [0.0], \"trainBias\": false}" : "";
        String json = "{\"format\": \"backstep-lesson/3\", \"id\": \"chain\", \"title\": \"A chain\", "
                + "\"network\": {\"inputs\": [\"x\"], \"layers\": [{\"units\": 1, \"activation\": \"identity\", "
                + "\"names\": [\"" + (layers == 2 ? "h" : "ŷ") + "\"], \"weights\": [[0.01]], \"biases\": [0.0], "
                + "\"trainBias\": false}" + second + "], \"loss\": \"mse\"}, "
                + "\"data\": [{\"x\": [1.0], \"y\": [1.0]}], \"training\": {\"learningRate\": 0.1, \"epochs\": 10}}";
        return org.backstep.lesson.LessonLoader.load("chain.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void frozenBiasesAreNeitherListedNorPickedAndOneTrainedWeightHasNoLandscape() throws Exception {
        Lesson twoWeights = chain(2);
        session.open(twoWeights);
        int w1 = twoWeights.shape().weightIndex(0, 0, 0);
        int w2 = twoWeights.shape().weightIndex(1, 0, 0);
        assertThat(choice.trainable()).containsExactly(w1, w2);
        assertThat(choice.hasPair()).isTrue();
        assertThat(choice.pick(Axis.UP, twoWeights.shape().biasIndex(0, 0))).as("a frozen bias").isFalse();
        assertThat(choice.pick(Axis.UP, twoWeights.shape().parameterCount())).as("no such parameter").isFalse();
        assertThat(new int[] {choice.across(), choice.up()}).containsExactlyInAnyOrder(w1, w2);

        session.open(chain(1));
        assertThat(choice.hasPair()).as("one trained weight").isFalse();
        assertThat(choice.pick(Axis.ACROSS, 0)).isFalse();
    }

    @Test
    void beforeAnyRunThePathIsTheStepsUpdateAndAfterOneItIsTheRun() {
        LandscapeChoice.Inputs before = choice.inputs();
        assertThat(before.run()).isNull();
        assertThat(choice.runPath(before)).isNull();
        assertThat(choice.stepPath(before).size()).isEqualTo(2);

        TrainingRun run = TrainingRun.train(seed.newStep(), seed.startState(), 30);
        lastRun.set(run);
        LandscapeChoice.Inputs after = choice.inputs();
        assertThat(after.run()).isSameAs(run);
        assertThat(after.sameAs(before)).as("a new run is a new drawing").isFalse();
        assertThat(after.sameAs(choice.inputs())).as("nothing changed").isTrue();
        RunPath path = choice.runPath(after);
        while (!path.readFor(1_000_000)) {
            // read on
        }
        assertThat(path.path().size()).isEqualTo(31);
        assertThat(path.path().xs()[30]).isEqualTo(run.parametersAt(30)[choice.across()]);
    }

    @Test
    void aRunFromOtherStartingWeightsIsNotThisLessonsPath() {
        lastRun.set(TrainingRun.train(seed.newStep(), seed.startState(), 10));
        session.setParameter(0, 0.9);
        assertThat(choice.run()).as("the lesson starts elsewhere now").isNull();
        assertThat(choice.inputs().log()).isSameAs(session.log());
    }

    @Test
    void theMarkerIsThePairAtTheCursorTheOldValueBeforeItsUpdateAndTheNewOneAfter() {
        choice.pick(Axis.ACROSS, 0);
        double[] start = choice.start();
        assertThat(choice.marker()).containsExactly(start);
        var log = session.log();
        int update = -1;
        for (int seq = 0; seq < log.size(); seq++) {
            if (log.slot(seq) == log.quantities().parameterSlot(0)) {
                update = seq;
            }
        }
        session.seek(update - 1);
        assertThat(choice.marker()[0]).isEqualTo(start[0]);
        session.seek(update);
        assertThat(choice.marker()[0]).isEqualTo(log.value(update)).isNotEqualTo(start[0]);
        LandscapePath step = choice.stepPath(choice.inputs());
        session.seek(log.size() - 1);
        assertThat(choice.marker()).containsExactly(step.xs()[1], step.ys()[1]);
    }

    @Test
    void theJobWorksOutTheGridAroundTheShownStepOnAStepOfItsOwn() {
        LandscapeChoice.Inputs inputs = choice.inputs();
        Landscape landscape = choice.job(inputs, choice.stepPath(inputs)).run(() -> false, rows -> { });
        double[] held = session.stepParameters();
        double[] p = held.clone();
        p[inputs.across()] = landscape.grid().x(7);
        p[inputs.up()] = landscape.grid().y(11);
        assertThat(landscape.grid().value(7, 11)).isEqualTo(seed.newStep().loss(p));
        double[] start = choice.start();
        assertThat(landscape.grid().range().contains(start[0], start[1])).isTrue();
    }
}
