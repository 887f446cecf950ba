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
import org.backstep.engine.OperationSink;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Phase;
import org.backstep.engine.Training;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimizer, with and without weight decay, against the numbers torch.optim itself computed
 * (src/test/torch/optimizer_fixtures.py wrote them): the first step's loss, gradients, optimizer
 * state and new parameters, named as the trace names them, to 1e-9 relative; then the loss before
 * each of 100 updates and the parameters after them, to 1e-7. The update phase writes exactly the
 * state torch keeps and the parameters torch trains: a frozen bias gets neither.
 */
class TorchOptimizersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double FIRST_STEP = 1e-9;
    private static final double MANY_EPOCHS = 1e-7;
    /** Below this a number is as good as zero next to the step's other numbers (a dead unit's gradient). */
    private static final double FLOOR = 1e-15;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String id : List.of("seed-2-3-1", "mazur-2-2-2", "dead-relu")) {
            JsonNode fixture = JSON.readTree(Path.of("src/test/resources/torch", id + ".json").toFile());
            for (JsonNode c : fixture.get("cases")) {
                all.add(Arguments.of(id + " " + c.get("optimizer").asText() + " " + c.get("settings"), id,
                        fixture.get("epochs").asInt(), c));
            }
        }
        return all.stream();
    }

    private static Optimizer optimizer(JsonNode c) {
        Map<String, Double> settings = new LinkedHashMap<>();
        c.get("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asDouble()));
        return Optimizer.kind(c.get("optimizer").asText()).make(settings);
    }

    private static void close(String what, double actual, double expected, double relative) {
        assertThat(Math.abs(actual - expected)).as("%s: %s against torch's %s", what, actual, expected)
                .isLessThanOrEqualTo(relative * Math.abs(expected) + FLOOR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFirstStepIsTorchsNumberForNumber(String name, String id, int epochs, JsonNode c) throws LessonException {
        Lesson lesson = BundledLessons.load(id).withTraining(new Training(optimizer(c), epochs));
        EventLog log = Recordings.record(lesson.newStep(), lesson.startState(), 1, EventLog.DEFAULT_CAP);
        Map<String, Double> last = new LinkedHashMap<>();
        List<String> updated = new ArrayList<>();
        for (int seq = 0; seq < log.size(); seq++) {
            String quantity = log.quantities().name(log.slot(seq));
            last.put(quantity, log.value(seq));
            if (log.phase(seq) == Phase.UPDATE) {
                updated.add(quantity);
            }
        }
        List<String> torchUpdated = new ArrayList<>();
        c.get("first").fields().forEachRemaining(e -> {
            String quantity = e.getKey();
            assertThat(last).as(name).containsKey(quantity);
            close(name + " " + quantity, last.get(quantity), e.getValue().asDouble(), FIRST_STEP);
            if (!quantity.startsWith("dL/d") && !quantity.equals("L")) {
                torchUpdated.add(quantity);
            }
        });
        assertThat(updated).as("the update phase writes what torch keeps and trains, in order").isEqualTo(torchUpdated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void manyEpochsLoseAndEndAsTorchDoes(String name, String id, int epochs, JsonNode c) throws LessonException {
        Lesson lesson = BundledLessons.load(id).withTraining(new Training(optimizer(c), epochs));
        TrainingStep step = lesson.newStep();
        TrainingState state = lesson.startState();
        JsonNode losses = c.get("losses");
        for (int e = 0; e < epochs; e++) {
            close(name + " loss of epoch " + e, step.run(state, e, OperationSink.NONE), losses.get(e).asDouble(), MANY_EPOCHS);
        }
        c.get("final").fields().forEachRemaining(e -> {
            int parameter = step.quantities().slotsNamed(e.getKey())[0];
            close(name + " final " + e.getKey(), state.parameters()[parameter], e.getValue().asDouble(), MANY_EPOCHS);
        });
    }
}
