package org.backstep.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.backstep.engine.Adam;
import org.backstep.engine.AdamW;
import org.backstep.engine.GradientDescent;
import org.backstep.engine.Momentum;
import org.backstep.engine.Training;
import org.junit.jupiter.api.Test;

/**
 * A lesson file's optimizer and its settings: format 3 reads them with torch's defaults, the
 * writer writes them back (format 2 while plain gradient descent says everything), and an older
 * format that uses them is told where to change what.
 */
class OptimizerFieldsTest {

    private static String lesson(String format, String training) {
        return "{\"format\": \"" + format + "\", \"id\": \"opt\", \"title\": \"Optimizers\",\n"
                + "\"network\": {\"inputs\": [\"x1\"], \"layers\": [{\"units\": 1, \"activation\": \"sigmoid\","
                + " \"weights\": [[0.5]], \"biases\": [0.1]}], \"loss\": \"bce\"},\n"
                + "\"data\": [{\"x\": [1.0], \"y\": [1.0]}],\n"
                + "\"training\": " + training + "}\n";
    }

    private static Lesson load(String text) throws LessonException {
        return LessonLoader.load("opt.json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String written(Lesson lesson) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LessonWriter.write(lesson, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void formatThreeReadsEachOptimizerWithTorchsDefaults() throws LessonException {
        assertThat(load(lesson("backstep-lesson/3", "{\"optimizer\": \"adam\", \"learningRate\": 0.01, \"epochs\": 5}"))
                .training().optimizer()).isEqualTo(new Adam(0.01, 0.9, 0.999, 1e-8, 0));
        assertThat(load(lesson("backstep-lesson/3", "{\"optimizer\": \"adamw\", \"learningRate\": 0.01, \"beta2\": 0.99,"
                + " \"epochs\": 5}")).training().optimizer()).isEqualTo(new AdamW(0.01, 0.9, 0.99, 1e-8, 0.01));
        assertThat(load(lesson("backstep-lesson/3", "{\"optimizer\": \"momentum\", \"learningRate\": 0.1,"
                + " \"weightDecay\": 0.001, \"epochs\": 5}")).training().optimizer()).isEqualTo(new Momentum(0.1, 0.9, 0.001));
        assertThat(load(lesson("backstep-lesson/2", "{\"optimizer\": \"sgd\", \"learningRate\": 0.1, \"epochs\": 5}"))
                .training().optimizer()).as("format 2 still reads").isEqualTo(new GradientDescent(0.1));
    }

    @Test
    void theWriterWritesEverySettingInFormatThreeAndPlainDescentInFormatTwo() throws Exception {
        Lesson adam = load(lesson("backstep-lesson/3", "{\"optimizer\": \"adam\", \"learningRate\": 0.01, \"beta1\": 0.8,"
                + " \"epochs\": 5}"));
        String text = written(adam);
        assertThat(text).contains("\"format\" : \"backstep-lesson/3\"", "\"optimizer\" : \"adam\"", "\"beta1\" : 0.8",
                "\"beta2\" : 0.999", "\"epsilon\" : 1.0E-8", "\"weightDecay\" : 0.0");
        assertThat(load(text).training()).isEqualTo(adam.training());

        Lesson plain = adam.withTraining(new Training(new GradientDescent(0.5), 5));
        String old = written(plain);
        assertThat(old).contains("\"format\" : \"backstep-lesson/2\"", "\"learningRate\" : 0.5").doesNotContain("weightDecay");
        assertThat(load(old).training()).isEqualTo(plain.training());
        Lesson decayed = adam.withTraining(new Training(new GradientDescent(0.5, 0.01), 5));
        assertThat(written(decayed)).contains("\"format\" : \"backstep-lesson/3\"", "\"weightDecay\" : 0.01");
        assertThat(load(written(decayed)).training()).isEqualTo(decayed.training());
    }

    @Test
    void anOlderFormatUsingANewSettingIsToldToUseFormatThree() {
        LessonException e = catchThrowableOfType(LessonException.class, () -> load(lesson("backstep-lesson/2",
                "{\"optimizer\": \"sgd\", \"learningRate\": 0.1, \"weightDecay\": 0.01, \"epochs\": 5}")));
        assertThat(e.problems()).extracting(LessonProblem::toString).containsExactly(
                "opt.json:4:70: training.weightDecay: the setting \"weightDecay\" needs \"format\": \"backstep-lesson/3\"");
    }
}
