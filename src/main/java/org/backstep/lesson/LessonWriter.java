package org.backstep.lesson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.backstep.engine.Dataset;
import org.backstep.engine.Hyperparameter;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Training;

/**
 * Writes a lesson as a lesson file that {@link LessonLoader} reads back to the same lesson: the
 * network with every weight and bias written out, the data, the training settings, the goals and
 * the walkthrough. Teachers use it to save a walkthrough they built by stepping. Plain gradient
 * descent without weight decay is written as format 2 with its learning rate alone, which older
 * versions of Backstep read too; any other optimizer as format 3 with every setting it has.
 */
public final class LessonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private LessonWriter() {
    }

    /** Saves {@code lesson} to {@code path}, replacing the file in one step. */
    public static void save(Lesson lesson, Path path) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        write(lesson, bytes);
        AtomicWrite.replace(path, bytes.toByteArray());
    }

    public static void write(Lesson lesson, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", plain(lesson.training()) ? LessonValidator.FORMAT_V2
                    : LessonValidator.FORMAT_V3);
            json.writeStringField("id", lesson.id());
            json.writeStringField("title", lesson.title());
            json.writeStringField("language", lesson.language());
            if (!lesson.about().goals().isEmpty()) {
                json.writeArrayFieldStart("goals");
                for (String goal : lesson.about().goals()) {
                    json.writeString(goal);
                }
                json.writeEndArray();
            }
            if (lesson.about().minutes() > 0) {
                json.writeNumberField("minutes", lesson.about().minutes());
            }
            network(lesson, json);
            data(lesson.data(), json);
            training(lesson.training(), json);
            if (!lesson.walkthrough().isEmpty()) {
                json.writeArrayFieldStart("walkthrough");
                for (Walkthrough.Stop stop : lesson.walkthrough().stops()) {
                    stop(stop, json);
                }
                json.writeEndArray();
            }
            translations(lesson, json);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Whether format 2 can say this training: plain full-batch gradient descent without weight decay. */
    private static boolean plain(Training training) {
        Optimizer optimizer = training.optimizer();
        return optimizer.kind() == Optimizer.kinds().get(0) && optimizer.weightDecay() == 0
                && training.batching().size() == 0 && !training.batching().shuffle();
    }

    /** The optimizer's name and every setting it has, in its own order, then the epochs. */
    private static void training(Training training, JsonGenerator json) throws IOException {
        Optimizer optimizer = training.optimizer();
        json.writeObjectFieldStart("training");
        json.writeStringField("optimizer", optimizer.kind().fileName());
        List<Hyperparameter> settings = optimizer.kind().settings();
        for (int i = 0; i < (plain(training) ? 1 : settings.size()); i++) {
            json.writeNumberField(settings.get(i).field(), optimizer.values().get(i));
        }
        if (training.batching().size() > 0) {
            json.writeNumberField("batchSize", training.batching().size());
        }
        if (training.batching().shuffle()) {
            json.writeBooleanField("shuffle", true);
        }
        json.writeNumberField("epochs", training.epochs());
        json.writeEndObject();
    }

    private static void network(Lesson lesson, JsonGenerator json) throws IOException {
        NetworkShape shape = lesson.shape();
        double[] params = lesson.initialParameters();
        json.writeObjectFieldStart("network");
        json.writeArrayFieldStart("inputs");
        for (String name : lesson.inputNames()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("layers");
        for (int l = 0; l < shape.layers(); l++) {
            json.writeStartObject();
            json.writeNumberField("units", shape.units(l));
            json.writeStringField("activation", shape.activation(l).fileName());
            json.writeArrayFieldStart("names");
            for (String name : lesson.unitNames().get(l)) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("weights");
            for (int i = 0; i < shape.units(l); i++) {
                json.writeStartArray();
                for (int j = 0; j < shape.fanIn(l); j++) {
                    json.writeNumber(params[shape.weightIndex(l, i, j)]);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("biases");
            for (int i = 0; i < shape.units(l); i++) {
                json.writeNumber(params[shape.biasIndex(l, i)]);
            }
            json.writeEndArray();
            json.writeBooleanField("trainBias", shape.trainsBias(l));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("loss", shape.loss().fileName());
        json.writeEndObject();
    }

    private static void data(Dataset data, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("data");
        for (int s = 0; s < data.size(); s++) {
            json.writeStartObject();
            json.writeArrayFieldStart("x");
            for (int j = 0; j < data.inputWidth(); j++) {
                json.writeNumber(data.input(s, j));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("y");
            for (int k = 0; k < data.targetWidth(); k++) {
                json.writeNumber(data.target(s, k));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void stop(Walkthrough.Stop stop, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("at");
        Selector at = stop.at();
        if (at.phase() != null) {
            json.writeStringField("phase", at.phase().fileName());
        }
        if (at.quantity() != null) {
            json.writeStringField("quantity", at.quantity());
        }
        if (at.equation() != null) {
            json.writeStringField("equation", at.equation());
        }
        if (at.occurrence() > 1) {
            json.writeNumberField("occurrence", at.occurrence());
        }
        json.writeEndObject();
        json.writeStringField("say", stop.narration());
        if (stop.question() instanceof Question.Predict predict) {
            json.writeObjectFieldStart("predict");
            json.writeNumberField("tolerance", predict.tolerance());
            if (!predict.hint().isEmpty()) {
                json.writeStringField("hint", predict.hint());
            }
            json.writeEndObject();
        } else if (stop.question() instanceof Question.Choice choice) {
            json.writeObjectFieldStart("choice");
            json.writeStringField("prompt", choice.prompt());
            json.writeArrayFieldStart("options");
            for (String option : choice.options()) {
                json.writeString(option);
            }
            json.writeEndArray();
            json.writeNumberField("answer", choice.answer());
            if (!choice.explanation().isEmpty()) {
                json.writeStringField("explain", choice.explanation());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void translations(Lesson lesson, JsonGenerator json) throws IOException {
        if (lesson.translations().isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("translations");
        for (var entry : lesson.translations().entrySet()) {
            Translation t = entry.getValue();
            json.writeObjectFieldStart(entry.getKey());
            json.writeStringField("title", t.title());
            strings("goals", t.goals(), json);
            json.writeArrayFieldStart("walkthrough");
            for (Translation.StopText text : t.stops()) {
                if (text == null) {
                    json.writeNull();
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("say", text.say());
                optional("hint", text.hint(), json);
                optional("prompt", text.prompt(), json);
                if (text.options() != null) {
                    strings("options", text.options(), json);
                }
                optional("explain", text.explain(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void strings(String field, java.util.List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void optional(String field, String value, JsonGenerator json) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
