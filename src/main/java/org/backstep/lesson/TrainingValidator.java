package org.backstep.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.backstep.engine.Batching;
import org.backstep.engine.Hyperparameter;
import org.backstep.engine.Limits;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Training;

/**
 * Checks a lesson's {@code training} object: the optimizer's name, each of its settings against
 * the range the optimizer gives for it ({@link Hyperparameter}), and the epochs. A setting no
 * optimizer has is an unknown field; one that belongs to another optimizer says which. Files of
 * formats 1 and 2 know only plain gradient descent with its learning rate: another optimizer or
 * setting there says to use format 3. Problems go to the same located list as the rest of the
 * lesson's.
 */
final class TrainingValidator {
    private static final String OPTIMIZER = "optimizer";
    private static final String EPOCHS = "epochs";
    private static final String BATCH_SIZE = "batchSize";
    private static final String SHUFFLE = "shuffle";

    private final Problems problems;
    private final boolean format3;

    /** {@code format3}: whether the file is format 3, the first to have more than plain gradient descent. */
    TrainingValidator(Problems problems, boolean format3) {
        this.problems = problems;
        this.format3 = format3;
    }

    /**
     * The training the file asks for, or null when any part of it is broken (each problem is
     * reported). {@code samples}: how many samples the data hold (0 when they are broken);
     * {@code seed}: the network's seed, which a shuffle draws its orders from.
     */
    Training training(LessonFile.TrainingFile file, FieldPath at, int samples, long seed) {
        int before = problems.count();
        String name = file.optimizer() == null ? Optimizer.kinds().get(0).fileName() : file.optimizer();
        Optimizer.Kind kind = Optimizer.kind(name);
        if (kind == null) {
            problems.add(at.field(OPTIMIZER), Suggestions.unknown("optimizer", name,
                    List.of(Optimizer.allowedNames().split(", ")), "allowed"));
        }
        if (kind != null && !format3 && kind != Optimizer.kinds().get(0)) {
            problems.add(at.field(OPTIMIZER), "the " + kind.fileName() + " optimizer needs \"format\": \""
                    + LessonValidator.FORMAT_V3 + "\"");
        }
        Map<String, Double> given = file.settings() == null ? Map.of() : file.settings();
        // Unknown fields first: a misspelt "epocs" is then told once, not again as a missing "epochs".
        unknownFields(kind, file, given, at);
        Map<String, Double> values = kind == null ? Map.of() : settings(kind, given, at);
        int epochs = 0;
        if (problems.require(file.epochs(), at.field(EPOCHS), "a whole number of epochs")) {
            if (Limits.epochsAllowed(file.epochs())) {
                epochs = file.epochs();
            } else {
                problems.add(at.field(EPOCHS), Limits.epochsRule());
            }
        }
        Batching batching = batching(file, at, samples, seed);
        return problems.count() > before ? null : new Training(kind.make(values), epochs, batching);
    }

    /** The batch size (absent: full batch) and shuffle, which only format 3 knows. */
    private Batching batching(LessonFile.TrainingFile file, FieldPath at, int samples, long seed) {
        int size = 0;
        if (file.batchSize() != null) {
            if (!format3) {
                problems.add(at.field(BATCH_SIZE), "the setting \"" + BATCH_SIZE + "\" needs \"format\": \""
                        + LessonValidator.FORMAT_V3 + "\"");
            } else if (file.batchSize() < 1 || samples > 0 && file.batchSize() > samples) {
                problems.add(at.field(BATCH_SIZE), samples > 0
                        ? "must be from 1 to " + samples + ", the number of samples (leave it out for full batch)"
                        : "must be at least 1");
            } else {
                size = file.batchSize() == samples ? 0 : file.batchSize();
            }
        }
        boolean shuffle = Boolean.TRUE.equals(file.shuffle());
        if (file.shuffle() != null && !format3) {
            problems.add(at.field(SHUFFLE), "the setting \"" + SHUFFLE + "\" needs \"format\": \""
                    + LessonValidator.FORMAT_V3 + "\"");
        }
        return new Batching(size, shuffle, seed);
    }

    /** Each of the kind's settings, as given or by default; a missing required one or one out of range is a problem. */
    private Map<String, Double> settings(Optimizer.Kind kind, Map<String, Double> given, FieldPath at) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Hyperparameter setting : kind.settings()) {
            Double value = given.get(setting.field());
            if (value == null) {
                if (setting.required()) {
                    problems.missing(at.field(setting.field()), setting.wanted());
                }
                continue;
            }
            String wrong = setting.problem(value);
            if (wrong != null) {
                problems.add(at.field(setting.field()), wrong);
            }
            values.put(setting.field(), value);
        }
        return values;
    }

    /** Every field a training object may have, in order: its own and every optimizer's settings. */
    static TreeSet<String> knownFields() {
        TreeSet<String> known = new TreeSet<>(List.of(OPTIMIZER, EPOCHS, BATCH_SIZE, SHUFFLE));
        Optimizer.kinds().forEach(k -> k.settings().forEach(s -> known.add(s.field())));
        return known;
    }

    private void unknownFields(Optimizer.Kind kind, LessonFile.TrainingFile file, Map<String, Double> given, FieldPath at) {
        TreeSet<String> known = knownFields();
        for (String field : given.keySet()) {
            if (!known.contains(field)) {
                // Placed at the field's name, as every unknown field is.
                problems.addAtName(at.field(field), Suggestions.unknown("field", field, List.copyOf(known), "allowed here"));
                String meant = Suggestions.nearest(field, known);
                boolean absent = meant != null && (meant.equals(EPOCHS) ? file.epochs() == null
                        : meant.equals(OPTIMIZER) ? file.optimizer() == null
                        : meant.equals(BATCH_SIZE) ? file.batchSize() == null
                        : meant.equals(SHUFFLE) ? file.shuffle() == null : !given.containsKey(meant));
                if (absent) {
                    problems.wrongKind(at.field(meant), null);
                }
            } else if (!format3 && !field.equals(Optimizer.LEARNING_RATE.field())) {
                problems.add(at.field(field), "the setting \"" + field + "\" needs \"format\": \""
                        + LessonValidator.FORMAT_V3 + "\"");
            } else if (kind != null && kind.settings().stream().noneMatch(s -> s.field().equals(field))) {
                problems.add(at.field(field), "the " + kind.fileName() + " optimizer has no setting \"" + field + "\"; it is a "
                        + "setting of " + String.join(", ", usersOf(field)));
            }
        }
    }

    private static List<String> usersOf(String field) {
        List<String> users = new ArrayList<>();
        for (Optimizer.Kind k : Optimizer.kinds()) {
            if (k.settings().stream().anyMatch(s -> s.field().equals(field))) {
                users.add(k.fileName());
            }
        }
        return users;
    }
}
