package org.backstep.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backstep.lesson.BundledLessons;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.Recordings;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.api.Test;

/** What a screen reader says for each step: words and node names, never the trace's symbols. */
class StepWordsTest {
    /** The language of the sentences: English unless a test says otherwise. */
    private Texts texts = Texts.in("en");

    private List<String> spoken(String lessonId) throws Exception {
        return spoken(BundledLessons.load(lessonId));
    }

    private List<String> spoken(Lesson lesson) {
        var log = Recordings.record(lesson.newStep(), lesson.startState(), 1, 1_000_000);
        ReplayCursor cursor = new ReplayCursor(log);
        List<String> said = new ArrayList<>();
        said.add(StepWords.describe(texts, lesson, cursor));
        while (!cursor.atEnd()) {
            cursor.stepForward();
            said.add(StepWords.describe(texts, lesson, cursor));
        }
        return said;
    }

    @Test
    void theSeedLessonIsSaidWithNodeNamesAndTheNumbersEachStepRead() throws Exception {
        texts = Texts.in("en");
        List<String> said = spoken("seed-2-3-1");
        assertThat(said).hasSize(44);
        assertThat(said.get(1)).isEqualTo("Event 1 of 43, forward pass: the weighted sum of h1 is 0.46. Weighted sum: "
                + "the weight from x1 to h1, 0.5, times the input x1, 0.8, plus the weight from x2 to h1, -0.2, "
                + "times the input x2, 0.2, plus the bias of h1, 0.1.");
        assertThat(said.get(16)).isEqualTo("Event 16 of 43, backward pass: the gradient of the loss with respect to h1 "
                + "is -0.28564. Send the gradient back a layer: the gradient of the loss with respect to the weighted "
                + "sum of ŷ, -0.408058, times the weight from h1 to ŷ, 0.7.");
        // An update reads the weight before it changes, not after.
        assertThat(said.get(31)).isEqualTo("Event 31 of 43, update: the weight from x1 to h1 is 0.614256. Gradient "
                + "descent update: the weight from x1 to h1, 0.5, minus the learning rate 0.5 times the gradient of "
                + "the loss with respect to the weight from x1 to h1, -0.228512.");
        assertThat(String.join("\n", said)).doesNotContain("[", "dL/d", "z1", "a2");
        assertThat(said.get(9)).isEqualTo("Event 9 of 43, loss: the loss is 0.524346. Binary cross-entropy: the "
                + "prediction ŷ, 0.591942, against the target for ŷ, 1.");
        assertThat(said.get(10)).isEqualTo("Event 10 of 43, backward pass: the gradient of the loss with respect to ŷ "
                + "is -1.68935. Gradient of the loss at the output: the prediction ŷ, 0.591942, against the target for "
                + "ŷ, 1.");
        assertThat(said.get(11)).endsWith("Sigmoid derivative: the gradient of the loss with respect to ŷ, -1.68935, "
                + "times the prediction ŷ, 0.591942, times one minus that value.");
        assertThat(said.get(15)).endsWith("Gradient of a bias: equal to the gradient of the loss with respect to the "
                + "weighted sum of ŷ, -0.408058.");
        assertThat(said.get(19)).endsWith("ReLU gate: the gradient of the loss with respect to h1, -0.28564, times 1, "
                + "since the weighted sum of h1, 0.46, is positive.");
        assertThat(said.get(21)).endsWith("ReLU gate: the gradient of the loss with respect to h3, -0.367252, times 0, "
                + "since the weighted sum of h3, -0.35, is not positive: the gate is closed.");
    }

    @Test
    void aBatchLessonSaysWhichSampleAndTheRunningSum() throws Exception {
        texts = Texts.in("en");
        List<String> said = spoken("xor");
        assertThat(said.get(54)).isEqualTo("Event 54 of 97, backward pass, sample 2 of 4: the gradient of the loss "
                + "with respect to the weight from x2 to h1 is -0.0271332. Gradient of a hidden weight: the sum so far, "
                + "0, plus the gradient of the loss with respect to the weighted sum of h1, -0.0271332, times the input "
                + "x2, 1.");
        assertThat(said.get(55)).isEqualTo("Event 55 of 97, backward pass, sample 2 of 4: the gradient of the loss "
                + "with respect to the bias of h1 is 0.139391. Gradient of a bias: the sum so far, 0.166525, plus the "
                + "gradient of the loss with respect to the weighted sum of h1, -0.0271332.");
    }

    @Test
    void germanUsesGermanWordsAndDecimalCommas() throws Exception {
        texts = Texts.in("de");
        List<String> said = spoken("seed-2-3-1");
        assertThat(said.get(16)).isEqualTo("Ereignis 16 von 43, Rückwärtsdurchlauf: Gradient des Verlusts nach h1 ist "
                + "-0,28564. Gradient eine Schicht zurückschicken: Gradient des Verlusts nach Eingangssumme von ŷ, "
                + "-0,408058, mal Gewicht von h1 nach ŷ, 0,7.");
    }

    @Test
    void spanishContractsTheArticleAfterAAndDe() throws Exception {
        texts = Texts.in("es");
        List<String> said = spoken("seed-2-3-1");
        assertThat(said.get(15)).isEqualTo("Evento 15 de 43, pasada hacia atrás: el gradiente de la pérdida respecto al "
                + "sesgo de ŷ vale -0,408058. Gradiente de un sesgo: igual al gradiente de la pérdida respecto a la suma "
                + "ponderada de ŷ, -0,408058.");
        assertThat(String.join("\n", said)).doesNotContain(" a el ", " de el ");
    }

    @Test
    void aLongSumSaysItsFirstTermsAndHowManyMore() throws Exception {
        texts = Texts.in("en");
        StringBuilder inputs = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        StringBuilder x = new StringBuilder();
        for (int j = 1; j <= 12; j++) {
            String sep = j == 1 ? "" : ", ";
            inputs.append(sep).append("\"x").append(j).append('"');
            weights.append(sep).append("0.1");
            x.append(sep).append("1.0");
        }
        String json = "{\"format\": \"backstep-lesson/2\", \"id\": \"wide\", \"title\": \"Twelve inputs\", "
                + "\"minutes\": 5, \"network\": {\"inputs\": [" + inputs + "], \"layers\": [{\"units\": 1, "
                + "\"activation\": \"sigmoid\", \"names\": [\"y\"], \"weights\": [[" + weights + "]], "
                + "\"biases\": [0.0]}], \"loss\": \"half_sse\"}, \"data\": [{\"x\": [" + x + "], \"y\": [1.0]}], "
                + "\"training\": {\"optimizer\": \"sgd\", \"learningRate\": 1.0, \"epochs\": 10}}";
        Lesson wide = org.backstep.lesson.LessonLoader.load("wide.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String sum = spoken(wide).get(1);
        // Thirteen terms (twelve products and the bias): seven are said, then how many more.
        assertThat(sum).contains("times the input x7, 1,").doesNotContain("x8").endsWith(", and 6 more terms.");
    }

    @Test
    void withMiniBatchesASampleIsSaidWithItsPlaceInTheBatchAndFullBatchKeepsTodaysWords() throws Exception {
        Lesson xor = BundledLessons.load("xor");
        Lesson batches = xor.withTraining(xor.training().withBatching(xor.training().batching().withSize(2)));
        // Step 1 is the second batch of epoch 0: samples 3 and 4.
        var log = Recordings.record(batches.newStep(), batches.startState(), 1, 1, 1_000_000);
        ReplayCursor cursor = new ReplayCursor(log);
        cursor.stepForward();
        assertThat(StepWords.describe(texts, batches, cursor)).startsWith("Event 1 of ")
                .contains(", sample 3 of 4, 1 of 2 in this batch:");
        assertThat(StepWords.ofSample(texts, log.place(0), 3, 4)).isEqualTo(", sample 4 of 4, 2 of 2 in this batch");
        assertThat(StepWords.ofSample(Texts.in("de"), log.place(0), 3, 4))
                .isEqualTo(", Beispiel 4 von 4, das 2. von 2 in diesem Batch");
        assertThat(StepWords.ofSample(Texts.in("es"), log.place(0), 3, 4))
                .isEqualTo(", muestra 4 de 4, 2.ª de 2 en este lote");
        assertThat(spoken("xor").get(1)).as("full batch: as before").contains(", sample 1 of 4:")
                .doesNotContain("batch");
    }
}
