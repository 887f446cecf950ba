package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken lesson files, each with the exact located message a teacher must get
 * (src/test/resources/lessons/broken/expected-problems.txt, one line per problem). Where a
 * message lists the optimizers, or the fields a training object may have, the corpus says
 * {optimizers} or {trainingFields}: those lists grow with every optimizer added.
 */
class BrokenLessonsTest {
    private static final Path CORPUS = Path.of("src/test/resources/lessons/broken");

    static Stream<String> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    private static Map<String, List<String>> expected() throws IOException {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected-problems.txt"), StandardCharsets.UTF_8)) {
            String expanded = line.replace("{optimizers}", org.backstep.engine.Optimizer.allowedNames())
                    .replace("{trainingFields}", String.join(", ", TrainingValidator.knownFields()));
            byFile.computeIfAbsent(line.substring(0, line.indexOf(':')), k -> new ArrayList<>()).add(expanded);
        }
        return byFile;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void everyBrokenFileGetsItsLocatedMessage(String file) throws IOException {
        byte[] content = Files.readAllBytes(CORPUS.resolve(file));
        LessonException e = catchThrowableOfType(LessonException.class, () -> LessonLoader.load(file, content));
        assertThat(e).as("%s must be rejected", file).isNotNull();
        List<String> lines = e.problems().stream().map(LessonProblem::toString).collect(Collectors.toList());
        assertThat(lines).containsExactlyElementsOf(expected().get(file));
    }

    @Test
    void noMessageShowsTheJsonLibrarysOwnWords() throws IOException {
        for (String file : brokenFiles().toList()) {
            byte[] content = Files.readAllBytes(CORPUS.resolve(file));
            LessonException e = catchThrowableOfType(LessonException.class, () -> LessonLoader.load(file, content));
            assertThat(e.getMessage()).as(file).doesNotContain("Unexpected character", "was expecting", "(code ",
                    "Unrecognized token", "JsonToken", "Feature", "not valid JSON", "REDACTED");
        }
    }

    @Test
    void aTypoGetsTheNearestNameOnlyWhenItIsNear() {
        List<String> activations = List.of("relu", "leaky_relu", "sigmoid", "tanh", "identity");
        assertThat(Suggestions.nearest("tahn", activations)).isEqualTo("tanh");
        assertThat(Suggestions.nearest("Sigmoid", activations)).isEqualTo("sigmoid");
        assertThat(Suggestions.nearest("leaky-relu", activations)).isEqualTo("leaky_relu");
        assertThat(Suggestions.nearest("rectifier", activations)).isNull();
        assertThat(Suggestions.nearest("adam", List.of("sgd"))).isNull();
        assertThat(Suggestions.nearest("lr", List.of("learningRate", "epochs"))).isNull();
        assertThat(Suggestions.nearest("learning_rate", List.of("learningRate", "epochs"))).isEqualTo("learningRate");
        assertThat(Suggestions.nearest("ab", List.of("aa", "bb"))).as("two equally near: no guess").isNull();
    }

    @Test
    void everyCorpusEntryHasAFile() throws IOException {
        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(brokenFiles().toList());
    }

    @Test
    void problemsNameFileLineColumnFieldAndWhatIsAllowed() throws IOException {
        byte[] content = Files.readAllBytes(CORPUS.resolve("unknown-activation.json"));
        LessonException e = catchThrowableOfType(LessonException.class,
                () -> LessonLoader.load("unknown-activation.json", content));
        LessonProblem p = e.problems().get(0);
        assertThat(p.file()).isEqualTo("unknown-activation.json");
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.column()).isEqualTo(34);
        assertThat(p.field()).isEqualTo("network.layers[0].activation");
        assertThat(p.message()).contains("rectifier").contains("relu, leaky_relu, sigmoid, tanh, identity");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.json");
        // A sparse file: 300 MB long, nothing written, so only its size can be checked.
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(300L * 1024 * 1024);
        }
        assertThatThrownBy(() -> LessonLoader.load(big))
                .isInstanceOf(LessonException.class)
                .hasMessageContaining("huge.json")
                .hasMessageContaining("300.0 MB; a lesson file may be at most 16 MB");
    }

    @Test
    void aMissingFileAndAFolderAreNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> LessonLoader.load(dir.resolve("nope.json")))
                .isInstanceOf(LessonException.class).hasMessageEndingWith("nope.json: no such file");
        assertThatThrownBy(() -> LessonLoader.load(dir))
                .isInstanceOf(LessonException.class).hasMessageContaining("this is a folder");
    }

    @Test
    void aNetworkTooBigForMemoryIsRefusedBeforeAllocating() {
        String json = """
                {"format": "backstep-lesson/1", "id": "big", "title": "Big",
                 "network": {"inputs": ["a"], "layers": [
                   {"units": 1024, "activation": "relu"}, {"units": 1024, "activation": "relu"},
                   {"units": 1024, "activation": "relu"}, {"units": 1, "activation": "identity"}],
                   "loss": "mse"},
                 "data": [{"x": [1], "y": [1]}],
                 "training": {"learningRate": 0.1, "epochs": 1}}
                """;
        assertThatThrownBy(() -> LessonLoader.load("big.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(LessonException.class)
                .hasMessage("big.json:2:41: network.layers: the network would have 2102273 weights and biases; "
                        + "at most 1000000 are allowed");
    }

    @Test
    void optionalFieldsHaveDefaults() throws Exception {
        String json = """
                {"format": "backstep-lesson/1", "id": "defaults", "title": "Defaults",
                 "network": {"inputs": ["a", "b"], "layers": [
                   {"units": 2, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}], "loss": "bce"},
                 "data": [{"x": [1, 0], "y": [1]}],
                 "training": {"learningRate": 0.1, "epochs": 3}}
                """;
        Lesson lesson = LessonLoader.load("defaults.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(lesson.unitNames()).containsExactly(List.of("h1", "h2"), List.of("ŷ"));
        assertThat(lesson.shape().trainsBias(0)).isTrue();
        double[] p = lesson.initialParameters();
        // Weights drawn from seed 0, biases zero.
        assertThat(p[lesson.shape().weightIndex(0, 0, 0)]).isNotZero();
        assertThat(p[lesson.shape().biasIndex(0, 1)]).isZero();
        assertThat(LessonLoader.load("again.json", json.getBytes(StandardCharsets.UTF_8)).initialParameters())
                .containsExactly(p);
    }

    @Test
    void bundledLessonsAllLoad() throws Exception {
        assertThat(BundledLessons.ids()).containsExactly("seed-2-3-1", "one-neuron", "mazur-2-2-2", "cached-gradient", "dead-relu",
                "deep-sigmoid", "deep-relu", "learning-rate", "adam-step-sizes", "saddle-point", "mini-batches", "xor", "xor-no-hidden");
        for (String id : BundledLessons.ids()) {
            assertThat(BundledLessons.load(id).id()).isEqualTo(id);
        }
        assertThatThrownBy(() -> BundledLessons.resolve("no-such-lesson"))
                .hasMessageContaining("no-such-lesson: no such file, and no bundled lesson has this id; "
                        + "bundled lessons: seed-2-3-1, one-neuron, mazur-2-2-2, cached-gradient, dead-relu, deep-sigmoid, deep-relu, learning-rate, adam-step-sizes, saddle-point, mini-batches, xor, xor-no-hidden");
    }
}
