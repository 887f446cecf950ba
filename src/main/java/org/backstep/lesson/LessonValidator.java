package org.backstep.lesson;

import java.util.List;
import java.util.regex.Pattern;
import org.backstep.engine.Dataset;
import org.backstep.engine.Limits;
import org.backstep.engine.Loss;
import org.backstep.engine.Training;

/**
 * Checks what a bound lesson file means: required fields, names, sizes, matrix shapes, finite
 * numbers, targets that fit the loss. Sizes are checked before anything is allocated from them.
 * Every problem is collected (not only the first) so a teacher can fix a file in one go.
 */
final class LessonValidator {
    static final String FORMAT_V1 = "backstep-lesson/1";
    /** Version 2 adds the walkthrough; version 1 files are read as before. */
    static final String FORMAT_V2 = "backstep-lesson/2";
    /** Version 3 adds the optimizers beyond plain gradient descent and their settings. */
    static final String FORMAT_V3 = "backstep-lesson/3";
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_GOALS = 10;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final String file;
    private final Problems problems;

    LessonValidator(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    private void problem(FieldPath path, String message) {
        problems.add(path, message);
    }

    private boolean require(Object value, FieldPath path, String what) {
        return problems.require(value, path, what);
    }

    Lesson validate(LessonFile lesson) throws LessonException {
        FieldPath root = FieldPath.ROOT;
        if (require(lesson.format(), root.field("format"), "\"" + FORMAT_V3 + "\"")
                && !List.of(FORMAT_V1, FORMAT_V2, FORMAT_V3).contains(lesson.format())) {
            problem(root.field("format"), "unsupported format \"" + lesson.format() + "\"; this version of Backstep reads \""
                    + FORMAT_V3 + "\", \"" + FORMAT_V2 + "\" and \"" + FORMAT_V1 + "\"");
            throw problems.exception();
        }
        if (require(lesson.id(), root.field("id"), "an id of lower-case letters, digits, '.', '_' or '-'")
                && !ID.matcher(lesson.id()).matches()) {
            problem(root.field("id"), "\"" + lesson.id() + "\" is not a valid id; allowed: 1 to 64 lower-case letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (require(lesson.title(), root.field("title"), "a title")
                && (lesson.title().isBlank() || lesson.title().length() > MAX_TITLE_LENGTH)) {
            problem(root.field("title"), "the title must have 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        // Each part is checked even when another is broken, so a teacher hears of every mistake at once.
        NetworkValidator.Network network = require(lesson.network(), root.field("network"), "the network object")
                ? new NetworkValidator(problems).network(lesson.network(), root.field("network")) : null;
        double[][][] data = require(lesson.data(), root.field("data"), "a list of samples")
                ? checkData(lesson, network, root.field("data")) : null;
        // The batch size is checked against the samples there are (none known when the data are broken).
        int samples = data == null ? 0 : data[0].length;
        long seed = lesson.network() != null && lesson.network().init() != null && lesson.network().init().seed() != null
                ? lesson.network().init().seed() : 0L;
        Training training = require(lesson.training(), root.field("training"), "the training object")
                ? new TrainingValidator(problems, FORMAT_V3.equals(lesson.format()))
                        .training(lesson.training(), root.field("training"), samples, seed) : null;
        Lesson.About about = about(lesson, root);
        List<Walkthrough.Stop> stops = List.of();
        if (lesson.walkthrough() != null) {
            if (FORMAT_V1.equals(lesson.format())) {
                problem(root.field("walkthrough"), "a walkthrough needs \"format\": \"" + FORMAT_V2 + "\"");
            } else {
                stops = new WalkthroughValidator(this::problem).stops(lesson.walkthrough(), root.field("walkthrough"));
            }
        }
        TranslationValidator translated = new TranslationValidator(this::problem);
        String language = translated.language(lesson.language(), root.field("language"));
        java.util.Map<String, Translation> translations = java.util.Map.of();
        if (lesson.translations() != null && FORMAT_V1.equals(lesson.format())) {
            problem(root.field("translations"), "translations need \"format\": \"" + FORMAT_V2 + "\"");
        } else if (stops != null) {
            translations = translated.translations(lesson.translations(), language, about.goals(), stops,
                    root.field("translations"));
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        Lesson checked = new Lesson(file, lesson.id(), lesson.title(), lesson.network().inputs(), network.unitNames(),
                network.shape(), network.parameters(), new Dataset(data[0], data[1]), training,
                stops.isEmpty() ? Walkthrough.NONE : new Walkthrough(stops), about, language, translations);
        if (!stops.isEmpty()) {
            new WalkthroughValidator(this::problem).checkSelectors(checked, root.field("walkthrough"));
            if (!problems.isEmpty()) {
                throw problems.exception();
            }
        }
        return checked;
    }

    private Lesson.About about(LessonFile lesson, FieldPath root) {
        if (lesson.goals() == null && lesson.minutes() == null) {
            return Lesson.About.NONE;
        }
        if (FORMAT_V1.equals(lesson.format())) {
            problem(root.field(lesson.goals() != null ? "goals" : "minutes"),
                    "learning goals and minutes need \"format\": \"" + FORMAT_V2 + "\"");
            return Lesson.About.NONE;
        }
        List<String> goals = lesson.goals() == null ? List.of() : lesson.goals();
        if (goals.size() > MAX_GOALS || goals.stream().anyMatch(g -> g == null || g.isBlank() || g.length() > 300)) {
            problem(root.field("goals"), "list 0 to " + MAX_GOALS + " goals of 1 to 300 characters each");
        }
        int minutes = lesson.minutes() == null ? 0 : lesson.minutes();
        if (minutes < 0 || minutes > 600) {
            problem(root.field("minutes"), "must be from 1 to 600 (about how long the lesson takes)");
        }
        return new Lesson.About(goals.stream().filter(g -> g != null).toList(), Math.max(0, minutes));
    }

    /** Returns {inputs[sample][j], targets[sample][k]}, or null if the data cannot be used. */
    private double[][][] checkData(LessonFile lesson, NetworkValidator.Network network, FieldPath at) {
        List<LessonFile.SampleFile> data = lesson.data();
        if (data.isEmpty()) {
            problem(at, "holds no samples; a lesson needs at least one {\"x\": […], \"y\": […]}");
            return null;
        }
        if (data.size() > Limits.MAX_SAMPLES) {
            problem(at, "holds " + data.size() + " samples; at most " + Limits.MAX_SAMPLES + " are allowed");
            return null;
        }
        if (network == null) {
            return null;
        }
        // The data are checked against what the network's check found out, even when another part of
        // the network is wrong: the widths of the rows need only the inputs and the output layer's size.
        if (network.inputs() > 0 && network.outputs() > 0 && network.totalUnits() > 0) {
            long perSample = network.inputs() + network.outputs() + 4L * network.totalUnits();
            if (perSample * data.size() > Limits.MAX_STEP_NUMBERS) {
                problem(at, "with " + data.size() + " samples this network keeps " + perSample * data.size()
                        + " numbers per step; at most " + Limits.MAX_STEP_NUMBERS + " are allowed: use fewer samples or smaller layers");
                return null;
            }
        }
        int before = problems.count();
        double[][] x = new double[data.size()][];
        double[][] y = new double[data.size()][];
        Loss loss = network.loss();
        boolean probabilities = loss != null && loss.needsProbabilityTargets();
        for (int s = 0; s < data.size(); s++) {
            FieldPath sp = at.index(s);
            LessonFile.SampleFile sample = data.get(s);
            if (sample == null) {
                problem(sp, "a sample must be an object {\"x\": […], \"y\": […]}");
                continue;
            }
            x[s] = checkRow(sample.x(), network.inputs(), sp.field("x"), "inputs");
            y[s] = checkRow(sample.y(), network.outputs(), sp.field("y"), "targets (one per output unit)");
            if (y[s] != null && probabilities) {
                for (int k = 0; k < y[s].length; k++) {
                    if (y[s][k] < 0 || y[s][k] > 1) {
                        problem(sp.field("y").index(k), "target " + y[s][k] + " is outside [0, 1], which the "
                                + loss.fileName() + " loss needs; use a target from 0 to 1, or the loss "
                                + NetworkValidator.lossesWithoutRequirement());
                    }
                }
            }
        }
        return problems.count() > before || !network.whole() ? null : new double[][][] {x, y};
    }

    /** The row, checked against {@code width} when that is known (not -1). */
    private double[] checkRow(double[] row, int width, FieldPath at, String what) {
        if (!require(row, at, width < 0 ? "a list of " + what : "a list of " + width + " " + what)) {
            return null;
        }
        if (width >= 0 && row.length != width) {
            problem(at, "has " + Problems.count(row.length, "number") + "; needs " + width + " " + what);
            return null;
        }
        for (int i = 0; i < row.length; i++) {
            problems.finite(row[i], at.index(i));
        }
        return row;
    }
}
