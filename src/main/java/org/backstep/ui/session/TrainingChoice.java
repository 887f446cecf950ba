package org.backstep.ui.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.backstep.engine.Batching;
import org.backstep.engine.Hyperparameter;
import org.backstep.engine.Numbers;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Training;

/**
 * What the training tab's fields ask for, without Swing: the optimizer made from the kind chosen
 * and the texts typed for its settings (each checked by its {@link Hyperparameter}'s own rule, as
 * a lesson file's are), the batches made from the batch size and the shuffle box, and the numbers
 * the fields start from. Everything here works from the registry of {@link Optimizer#kinds()}, so
 * a new optimizer gets its fields without a change here.
 */
public final class TrainingChoice {
    /** The kinds a comparison of optimizers starts from, by their lesson-file names. */
    private static final List<String> COMPARED_FIRST = List.of("sgd", "momentum", "adam");

    /**
     * A field whose text cannot be used: its setting, the text, and whether it was a number at
     * all (else it was one outside the setting's range).
     */
    public record Problem(Hyperparameter setting, String typed, boolean notANumber) {
    }

    /** The training the fields make, or null with the problems that keep them from making one, field by field. */
    public record Chosen(Training training, List<Problem> problems) {
        public Chosen {
            problems = List.copyOf(problems);
        }

        public boolean usable() {
            return training != null;
        }
    }

    private TrainingChoice() {
    }

    /** What is wrong with {@code typed} for {@code setting}, or null when it is a number the setting accepts. */
    public static Problem problem(Hyperparameter setting, String typed) {
        OptionalDouble value = Numbers.parse(typed);
        if (value.isEmpty()) {
            return new Problem(setting, typed.trim(), true);
        }
        return setting.accepts(value.getAsDouble()) ? null : new Problem(setting, typed.trim(), false);
    }

    /**
     * The training of {@code current} with an optimizer of {@code kind} made from {@code typed}
     * (a text per setting's field name; a setting left out takes its default), these batches and
     * epochs; or every field's problem.
     */
    public static Chosen of(Training current, Optimizer.Kind kind, Map<String, String> typed, Batching batching,
                            int epochs) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (Hyperparameter setting : kind.settings()) {
            String text = typed.get(setting.field());
            if (text == null && !setting.required()) {
                continue;
            }
            Problem p = problem(setting, text == null ? "" : text);
            if (p != null) {
                problems.add(p);
            } else {
                values.put(setting.field(), Numbers.parse(text).getAsDouble());
            }
        }
        if (!problems.isEmpty()) {
            return new Chosen(null, problems);
        }
        return new Chosen(current.withOptimizer(kind.make(values)).withBatching(batching).withEpochs(epochs), List.of());
    }

    /**
     * The batches of {@code size} samples out of {@code samples} ({@code size} at least the
     * samples: all of them, full batch), shuffled each epoch if {@code shuffle}, from the seed of
     * {@code current}. A full batch is never shuffled: with every sample in every step the order
     * changes only the last digits of the sums, nothing a student could see. (A lesson file's own
     * full batch is kept as it is, so that choosing it again gives the step the lesson was written for.)
     */
    public static Batching batching(Batching own, Batching current, int size, boolean shuffle, int samples) {
        if (size >= samples) {
            return own.batchSize(samples) == samples ? own : current.withSize(0).withShuffle(false);
        }
        return current.withSize(Math.max(1, size)).withShuffle(shuffle);
    }

    /**
     * The number a field of {@code kind} starts from: the learning rate of {@code current} (one
     * rate for every optimizer, so that switching optimizer changes only the optimizer), the value
     * {@code current} has when it is of this kind, else the setting's default.
     */
    public static double startValue(Optimizer.Kind kind, Hyperparameter setting, Optimizer current) {
        if (setting.equals(Optimizer.LEARNING_RATE)) {
            return current.learningRate();
        }
        if (current.kind() == kind) {
            return current.values().get(kind.settings().indexOf(setting));
        }
        return setting.defaultValue();
    }

    /** A number as a field shows it before the locale's decimal mark is applied: "0.9", "1e-8". */
    public static String shown(double value) {
        return Numbers.format(value);
    }

    /**
     * The batch size typed into the batch field: a whole number from 1 to {@code samples}, or the
     * field's own word for all the samples ("All (4)", or anything that starts with a letter);
     * -1 when it is neither.
     */
    public static int typedBatchSize(String typed, int samples) {
        String text = typed.trim();
        if (text.isEmpty()) {
            return -1;
        }
        if (Character.isLetter(text.charAt(0))) {
            return samples;
        }
        if (!text.matches("\\d{1,9}")) {
            return -1;
        }
        int size = Integer.parseInt(text);
        return size >= 1 && size <= samples ? size : -1;
    }

    /** The three kinds a comparison of optimizers offers first: gradient descent, momentum and Adam. */
    public static List<Optimizer.Kind> comparedFirst() {
        List<Optimizer.Kind> kinds = new ArrayList<>();
        for (String name : COMPARED_FIRST) {
            Optimizer.Kind kind = Optimizer.kind(name);
            kinds.add(kind != null ? kind : Optimizer.kinds().get(kinds.size() % Optimizer.kinds().size()));
        }
        return kinds;
    }

    /** An optimizer of {@code kind} with its default settings and the learning rate {@code rate}. */
    public static Optimizer withDefaults(Optimizer.Kind kind, double rate) {
        return kind.make(Map.of(Optimizer.LEARNING_RATE.field(), rate));
    }

    /** Whether {@code kinds} holds some kind twice (a comparison of the same optimizer with itself says nothing). */
    public static boolean repeats(List<Optimizer.Kind> kinds) {
        return kinds.stream().distinct().count() < kinds.size();
    }
}
