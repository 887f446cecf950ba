package org.backstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script or a teacher uses it: output on stdout, messages on stderr, exit codes. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void traceWritesOneJsonObjectPerEvent() throws Exception {
        Result r = run("trace", "seed-2-3-1");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(43);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable().containsExactly("seq", "step", "epoch", "sample", "phase", "quantity",
                "value", "equation", "operands", "expression");
        assertThat(first.get("quantity").asText()).isEqualTo("z1[0]");
        assertThat(first.get("expression").asText()).isEqualTo("z1[0] = 0.5·0.8 + (-0.2)·0.2 + 0.1 = 0.46");
        JsonNode update = JSON.readTree(lines.get(42));
        assertThat(update.get("phase").asText()).isEqualTo("update");
        assertThat(update.get("quantity").asText()).isEqualTo("b2[0]");
        assertThat(update.get("sample").isNull()).isTrue();
    }

    @Test
    void traceOfALaterEpochStartsFromThatEpochsParameters() throws Exception {
        Result r = run("trace", "mazur-2-2-2", "--epoch", "1", "--format", "jsonl");
        JsonNode first = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(first.get("epoch").asInt()).isEqualTo(1);
        // Uses w1 after the published first update.
        assertThat(first.get("operands").get("W1[0][0]").asDouble()).isEqualTo(0.1497807161327628);
        Result table = run("trace", "seed-2-3-1", "--format", "table");
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("seq").contains("expression");
        assertThat(table.out()).contains("dL/dz1[2] = (-0.367252)·0  (z = -0.35 ≤ 0: gate closed) = 0");
    }

    @Test
    void theTableRoundsForReadingWhileCsvAndJsonLinesKeepEveryBit() throws Exception {
        String table = run("trace", "seed-2-3-1", "--format", "table").out();
        List<String> rows = table.lines().toList();
        assertThat(rows.get(1)).matches(" +0 +0 +0 +0  forward   z1\\[0\\] +0\\.46  z1\\[0\\] = .*");
        assertThat(rows.stream().filter(l -> l.contains(" dL/dz1[2] ")).findFirst().orElseThrow())
                .as("a negative zero reads 0").contains(" 0  dL/dz1[2] =");
        assertThat(table).doesNotContain("0.45999999999999996", "-0.0 ", "0.30000000000000004");
        String csv = run("trace", "seed-2-3-1", "--format", "csv").out();
        assertThat(csv).contains(",z1[0],0.45999999999999996,", ",dL/dz1[2],-0.0,");
        JsonNode first = JSON.readTree(run("trace", "seed-2-3-1").out().lines().findFirst().orElseThrow());
        assertThat(first.get("value").asDouble()).isEqualTo(0.45999999999999996);
    }

    @Test
    void traceAnnouncesATruncatedRecording() {
        Result r = run("trace", "seed-2-3-1", "--max-events", "10");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(11);
        assertThat(r.err()).isEqualTo("backstep: the recording stopped at its cap of 10 events; later operations "
                + "were not recorded\n");
    }

    @Test
    void trainPrintsTheLossAfterEachUpdate() throws Exception {
        Result csv = run("train", "mazur-2-2-2", "--epochs", "2");
        assertThat(csv.code()).isZero();
        assertThat(csv.out().lines().toList()).hasSize(4).first().isEqualTo("epoch,loss");
        assertThat(csv.out()).contains("0,0.2983711087600027\n");
        Result json = run("train", "mazur-2-2-2", "--epochs", "1", "--format", "json");
        JsonNode tree = JSON.readTree(json.out());
        assertThat(tree.get("losses")).hasSize(2);
        assertThat(tree.get("parameters").get("W2[0][0]").asDouble()).isEqualTo(0.35891647971788465);
        assertThat(tree.get("outputs").get(0)).hasSize(2);
    }

    @Test
    void trainSaysWhereTrainingDiverged(@TempDir Path dir) throws Exception {
        Path lesson = dir.resolve("explodes.json");
        Files.writeString(lesson, """
                {"format": "backstep-lesson/1", "id": "explodes", "title": "Too large a step",
                 "network": {"inputs": ["x"], "layers": [{"units": 1, "activation": "identity",
                   "weights": [[1.0]], "biases": [0.0]}], "loss": "mse"},
                 "data": [{"x": [10], "y": [1]}],
                 "training": {"learningRate": 50, "epochs": 500}}
                """);
        Result r = run("train", lesson.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode tree = JSON.readTree(r.out());
        int divergedAt = tree.get("divergedAt").asInt();
        assertThat(divergedAt).isBetween(2, 500);
        assertThat(tree.get("losses")).hasSize(divergedAt);
        assertThat(r.err()).startsWith("backstep: training diverged at epoch " + divergedAt + ": the loss is no longer "
                + "a finite number; the first number out of range: ")
                .containsPattern("of epoch \\d+; try a smaller learning rate \\(now 50.0\\)\n$");
        Result trace = run("trace", lesson.toString(), "--epoch", "499");
        assertThat(trace.code()).isEqualTo(Cli.CHECK_FAILED);
        assertThat(trace.err()).contains("trace --epoch " + divergedAt + " to see where it broke");
    }

    @Test
    void miniBatchesShowTheirStepsAndBatchLosses() throws Exception {
        String lesson = "src/test/resources/torch/batches-lesson.json";
        Path file = Files.createTempFile("batches", ".json");
        Files.writeString(file, Files.readString(Path.of(lesson)).replace("\"epochs\": 10", "\"batchSize\": 3, \"epochs\": 4"));
        Result epochs = run("train", file.toString());
        assertThat(epochs.out().lines()).hasSize(1 + 5).first().isEqualTo("epoch,loss");
        Result steps = run("train", file.toString(), "--per-step");
        assertThat(steps.out().lines()).hasSize(1 + 4 * 3).first().isEqualTo("step,epoch,batchLoss");
        assertThat(steps.out().lines().skip(4).findFirst().orElseThrow()).startsWith("3,1,");
        JsonNode json = JSON.readTree(run("train", file.toString(), "--per-step", "--format", "json").out());
        assertThat(json.get("losses")).hasSize(5);
        assertThat(json.get("stepLosses")).hasSize(12);
        assertThat(json.get("stepsPerEpoch").asInt()).isEqualTo(3);
        Result trace = run("trace", file.toString(), "--step", "5");
        JsonNode first = JSON.readTree(trace.out().lines().findFirst().orElseThrow());
        assertThat(first.get("step").asInt()).isEqualTo(5);
        assertThat(first.get("epoch").asInt()).isEqualTo(1);
        assertThat(first.get("sample").asInt()).as("the last batch of an epoch holds the seventh sample").isEqualTo(6);
        Result epochTrace = run("trace", file.toString(), "--epoch", "1");
        assertThat(JSON.readTree(epochTrace.out().lines().findFirst().orElseThrow()).get("step").asInt()).isEqualTo(3);
        assertThat(run("gradcheck", file.toString(), "--step", "5").code()).isZero();
        assertThat(run("trace", file.toString(), "--step", "1", "--epoch", "1").err()).contains("not both");
        Files.delete(file);
    }

    @Test
    void gradcheckPassesOnBundledLessonsAndListsEveryParameter() {
        Result r = run("gradcheck", "seed-2-3-1");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(1 + 13 + 1);
        assertThat(r.out()).contains("13 of 13 gradients within a relative error of 1.0E-6");
        Result mazur = run("gradcheck", "mazur-2-2-2", "--epoch", "5");
        assertThat(mazur.code()).isZero();
        assertThat(mazur.out()).as("frozen biases are not listed").doesNotContain("b1[0]").contains("8 of 8");
    }

    @Test
    void gradcheckFailsWhenToleranceCannotBeMet() {
        Result r = run("gradcheck", "seed-2-3-1", "--tolerance", "1e-30");
        assertThat(r.code()).isEqualTo(Cli.CHECK_FAILED);
        assertThat(r.out()).contains("FAIL");
    }

    @Test
    void aBrokenLessonExitsTwoWithALocatedMessageForEveryCommand() {
        Path broken = Path.of("src/test/resources/lessons/broken/unknown-activation.json");
        for (String command : new String[] {"trace", "train", "gradcheck", "validate"}) {
            Result r = run(command, broken.toString());
            assertThat(r.code()).as(command).isEqualTo(Cli.BAD_LESSON);
            assertThat(r.out()).as(command).isEmpty();
            assertThat(r.err()).as(command).isEqualTo(broken + ":8:34: network.layers[0].activation: unknown "
                    + "activation \"rectifier\"; allowed: relu, leaky_relu, sigmoid, tanh, identity\n");
        }
    }

    @Test
    void badUsageExitsSixtyFour() {
        for (String[] args : new String[][] {{"frobnicate"}, {"trace"}, {"trace", "seed-2-3-1", "--epoch", "x"},
                {"train", "seed-2-3-1", "--format", "xml"}, {"trace", "seed-2-3-1", "--epoch", "-1"},
                {"train", "seed-2-3-1", "--learning-rate", "0"}}) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Cli.BAD_USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("--help");
        }
    }

    @Test
    void validateAcceptsAFileOnDisk(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("my lesson.json");
        Files.write(copy, CliTest.class.getResourceAsStream("/org/backstep/lesson/bundled/seed-2-3-1.json").readAllBytes());
        Result r = run("validate", copy.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("valid: " + copy + " \"Backpropagation in a 2-3-1 network\": a 2-3-1 network")
                .contains("a walkthrough of 11 stops with 4 questions");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anUnknownLessonNameListsTheBundledOnes() {
        Result r = run("validate", "seed");
        assertThat(r.code()).isEqualTo(Cli.BAD_LESSON);
        assertThat(r.err()).isEqualTo("seed: no such file, and no bundled lesson has this id; bundled lessons: "
                + "seed-2-3-1, one-neuron, mazur-2-2-2, cached-gradient, dead-relu, deep-sigmoid, deep-relu, learning-rate, adam-step-sizes, saddle-point, mini-batches, xor, xor-no-hidden\n");
    }

    @Test
    void theLessonsTableLinesUpEvenForTheLongestId() {
        Result r = run("lessons");
        assertThat(r.code()).isZero();
        List<String> rows = r.out().lines().toList();
        assertThat(rows).hasSize(org.backstep.lesson.BundledLessons.ids().size() + 1);
        int minutes = rows.get(0).indexOf("minutes");
        for (String row : rows.subList(1, rows.size())) {
            // Left of the column only the id (and its padding); in it, the lesson's minutes.
            assertThat(row.substring(0, minutes).strip()).as(row).isEqualTo(row.split(" ")[0]);
            assertThat(row.substring(minutes).split(" ")[0]).as(row).matches("[0-9]+");
        }
    }

    @Test
    void lessonsListsEveryBundledLessonWithItsGuideAsJson() throws Exception {
        Result r = run("lessons", "--format", "json");
        assertThat(r.code()).isZero();
        var list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(list.size()).isEqualTo(org.backstep.lesson.BundledLessons.ids().size());
        var seed = list.get(0);
        assertThat(seed.get("id").asText()).isEqualTo("seed-2-3-1");
        assertThat(seed.get("stops").asInt()).isEqualTo(11);
        assertThat(seed.get("questions").asInt()).isEqualTo(4);
        assertThat(seed.get("goals").size()).isEqualTo(4);
        assertThat(seed.get("languages").get(0).asText()).as("the lesson's own language first").isEqualTo("en");
        List<String> languages = new java.util.ArrayList<>();
        seed.get("languages").forEach(l -> languages.add(l.asText()));
        assertThat(languages).containsExactlyInAnyOrder("en", "es", "de");
    }
}
