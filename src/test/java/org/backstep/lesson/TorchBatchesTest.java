package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backstep.engine.Batching;
import org.backstep.engine.Optimizer;
import org.backstep.engine.SampleOrder;
import org.backstep.engine.Training;
import org.backstep.engine.TrainingRun;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mini-batches against torch.optim (src/test/torch/optimizer_fixtures.py wrote the numbers): a
 * lesson of seven samples trained by every optimizer, with and without weight decay, in batches of
 * 3 (the last batch holds one), of 1, and of 3 in shuffled order. The first step's batch loss,
 * gradients, optimizer state and new parameters to 1e-9 relative; every step's batch loss, the
 * loss of all the data at each epoch's boundary and the final parameters after 40 epochs to 1e-7.
 */
class TorchBatchesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src/test/resources/torch/batches.json");
    private static final Path LESSON = Path.of("src/test/resources/torch/batches-lesson.json");
    private static final double FIRST_STEP = 1e-9;
    private static final double MANY_EPOCHS = 1e-7;
    private static final double FLOOR = 1e-15;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (JsonNode c : JSON.readTree(FIXTURE.toFile()).get("cases")) {
            all.add(Arguments.of(c.get("optimizer").asText() + " " + c.get("settings") + " batch "
                    + c.get("batchSize").asInt() + (c.get("shuffle").asBoolean() ? " shuffled" : ""), c));
        }
        return all.stream();
    }

    private static Lesson lesson(JsonNode c) throws LessonException {
        Map<String, Double> settings = new LinkedHashMap<>();
        c.get("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asDouble()));
        Optimizer optimizer = Optimizer.kind(c.get("optimizer").asText()).make(settings);
        Lesson lesson = LessonLoader.load(LESSON);
        Batching batching = lesson.training().batching().withSize(c.get("batchSize").asInt())
                .withShuffle(c.get("shuffle").asBoolean());
        return lesson.withTraining(new Training(optimizer, 40, batching));
    }

    private static void close(String what, double actual, double expected, double relative) {
        assertThat(Math.abs(actual - expected)).as("%s: %s against torch's %s", what, actual, expected)
                .isLessThanOrEqualTo(relative * Math.abs(expected) + FLOOR);
    }

    @Test
    void theShuffleIsTheOneTheFixturesWereMadeWith() throws IOException, LessonException {
        JsonNode orders = JSON.readTree(FIXTURE.toFile()).get("orders");
        long seed = LessonLoader.load(LESSON).training().batching().seed();
        assertThat(seed).as("the network's seed drives the shuffle").isEqualTo(42);
        orders.fields().forEachRemaining(e -> {
            int[] expected = new int[e.getValue().size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = e.getValue().get(i).asInt();
            }
            assertThat(SampleOrder.of(7, true, seed, Integer.parseInt(e.getKey()))).as("epoch " + e.getKey())
                    .containsExactly(expected);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFirstStepOfABatchIsTorchsNumberForNumber(String name, JsonNode c) throws LessonException {
        Lesson lesson = lesson(c);
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 1, EventLog.DEFAULT_CAP);
        int[] batch = log.place(0).samples();
        int[] expectedBatch = new int[c.get("firstBatch").size()];
        for (int i = 0; i < expectedBatch.length; i++) {
            expectedBatch[i] = c.get("firstBatch").get(i).asInt();
        }
        assertThat(batch).as(name + ": the first batch").containsExactly(expectedBatch);
        assertThat(log.size()).as(name + ": events of a batch's step")
                .isEqualTo(log.quantities().eventsPerStep(batch.length));
        Map<String, Double> last = new LinkedHashMap<>();
        for (int seq = 0; seq < log.size(); seq++) {
            last.put(log.quantities().name(log.slot(seq)), log.value(seq));
        }
        c.get("first").fields().forEachRemaining(e -> {
            assertThat(last).as(name).containsKey(e.getKey());
            close(name + " " + e.getKey(), last.get(e.getKey()), e.getValue().asDouble(), FIRST_STEP);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStepAndEpochLosesAsTorchDoes(String name, JsonNode c) throws LessonException {
        Lesson lesson = lesson(c);
        TrainingRun run = TrainingRun.train(lesson.newStep(), lesson.startState(), 40);
        double[] epochs = run.losses();
        double[] steps = run.stepLosses();
        assertThat(epochs).hasSize(c.get("epochLosses").size());
        assertThat(steps).hasSize(c.get("stepLosses").size());
        for (int e = 0; e < epochs.length; e++) {
            close(name + " loss of all the data after epoch " + e, epochs[e], c.get("epochLosses").get(e).asDouble(),
                    MANY_EPOCHS);
        }
        for (int k = 0; k < steps.length; k++) {
            close(name + " batch loss of step " + k, steps[k], c.get("stepLosses").get(k).asDouble(), MANY_EPOCHS);
        }
        double[] params = run.parametersAt(40);
        c.get("final").fields().forEachRemaining(e -> {
            int parameter = run.step().quantities().slotsNamed(e.getKey())[0];
            close(name + " final " + e.getKey(), params[parameter], e.getValue().asDouble(), MANY_EPOCHS);
        });
    }
}
