package org.backstep.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.backstep.engine.Activation;
import org.backstep.engine.Dataset;
import org.backstep.engine.Limits;
import org.backstep.engine.Loss;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.SeededInit;
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
    static final int MAX_NAME_LENGTH = 40;
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_GOALS = 10;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final String file;
    private final Locator locator;
    private final List<LessonProblem> problems = new ArrayList<>();

    LessonValidator(String file, Locator locator) {
        this.file = file;
        this.locator = locator;
    }

    private void problem(FieldPath path, String message) {
        JsonLocation at = locator.locate(path);
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        problems.add(new LessonProblem(file, line, column, path.toString(), message));
    }

    private boolean require(Object value, FieldPath path, String what) {
        if (value == null) {
            problem(path, "missing; required: " + what);
            return false;
        }
        return true;
    }

    Lesson validate(LessonFile lesson) throws LessonException {
        FieldPath root = FieldPath.ROOT;
        if (require(lesson.format(), root.field("format"), "\"" + FORMAT_V2 + "\"")
                && !FORMAT_V1.equals(lesson.format()) && !FORMAT_V2.equals(lesson.format())) {
            problem(root.field("format"), "unsupported format \"" + lesson.format() + "\"; this version of Backstep reads \""
                    + FORMAT_V2 + "\" and \"" + FORMAT_V1 + "\"");
            throw new LessonException(problems);
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
        NetworkCheck network = require(lesson.network(), root.field("network"), "the network object")
                ? checkNetwork(lesson.network(), root.field("network")) : null;
        double[][][] data = require(lesson.data(), root.field("data"), "a list of samples")
                ? checkData(lesson, network, root.field("data")) : null;
        Training training = require(lesson.training(), root.field("training"), "the training object")
                ? new TrainingValidator(this::problem).training(lesson.training(), root.field("training")) : null;
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
            throw new LessonException(problems);
        }
        Lesson checked = new Lesson(file, lesson.id(), lesson.title(), lesson.network().inputs(), network.unitNames,
                network.shape, network.parameters, new Dataset(data[0], data[1]), training,
                stops.isEmpty() ? Walkthrough.NONE : new Walkthrough(stops), about, language, translations);
        if (!stops.isEmpty()) {
            new WalkthroughValidator(this::problem).checkSelectors(checked, root.field("walkthrough"));
            if (!problems.isEmpty()) {
                throw new LessonException(problems);
            }
        }
        return checked;
    }

    /** "mse or half_sse": the losses that take any output layer. */
    private static String lossesWithoutRequirement() {
        List<String> names = new ArrayList<>();
        for (Loss l : Loss.values()) {
            if (l.requiredOutput() == null) {
                names.add(l.fileName());
            }
        }
        return String.join(" or ", names);
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

    /** What checking the network produced; fields are null where the check failed. */
    private static final class NetworkCheck {
        NetworkShape shape;
        double[] parameters;
        List<List<String>> unitNames;
    }

    private NetworkCheck checkNetwork(LessonFile.NetworkFile net, FieldPath at) {
        int before = problems.size();
        List<String> inputs = net.inputs();
        if (require(inputs, at.field("inputs"), "a list of input names such as [\"x1\", \"x2\"]")) {
            if (inputs.isEmpty() || inputs.size() > Limits.MAX_INPUTS) {
                problem(at.field("inputs"), "must name 1 to " + Limits.MAX_INPUTS + " inputs");
            }
            checkNames(inputs, at.field("inputs"));
        }
        Loss loss = null;
        if (require(net.loss(), at.field("loss"), "one of " + Loss.allowedNames())) {
            loss = Loss.byFileName(net.loss());
            if (loss == null) {
                problem(at.field("loss"), "unknown loss \"" + net.loss() + "\"; allowed: " + Loss.allowedNames());
            }
        }
        List<LessonFile.LayerFile> layers = net.layers();
        if (!require(layers, at.field("layers"), "a list of layers")) {
            return null;
        }
        if (layers.isEmpty() || layers.size() > Limits.MAX_LAYERS) {
            problem(at.field("layers"), "must hold 1 to " + Limits.MAX_LAYERS + " layers");
            return null;
        }
        int n = layers.size();
        int[] units = new int[n];
        Activation[] activations = new Activation[n];
        boolean[] trainBias = new boolean[n];
        long parameters = 0;
        int fanIn = inputs == null ? 0 : inputs.size();
        for (int l = 0; l < n; l++) {
            FieldPath lp = at.field("layers").index(l);
            LessonFile.LayerFile layer = layers.get(l);
            if (layer == null) {
                problem(lp, "a layer must be an object { \"units\": …, \"activation\": … }");
                continue;
            }
            if (require(layer.units(), lp.field("units"), "a whole number of units from 1 to " + Limits.MAX_UNITS)) {
                units[l] = layer.units();
                if (units[l] < 1 || units[l] > Limits.MAX_UNITS) {
                    problem(lp.field("units"), layer.units() + " units is not allowed; a layer has 1 to " + Limits.MAX_UNITS + " units");
                    units[l] = 0;
                }
            }
            if (require(layer.activation(), lp.field("activation"), "one of " + Activation.allowedNames())) {
                activations[l] = Activation.byFileName(layer.activation());
                if (activations[l] == null) {
                    problem(lp.field("activation"), "unknown activation \"" + layer.activation() + "\"; allowed: "
                            + Activation.allowedNames());
                }
            }
            trainBias[l] = layer.trainBias() == null || layer.trainBias();
            parameters += (long) units[l] * fanIn + units[l];
            fanIn = units[l];
        }
        if (parameters > Limits.MAX_PARAMETERS) {
            problem(at.field("layers"), "the network would have " + parameters + " weights and biases; at most "
                    + Limits.MAX_PARAMETERS + " are allowed");
        }
        Activation required = loss == null ? null : loss.requiredOutput();
        if (required != null && activations[n - 1] != null && activations[n - 1] != required) {
            problem(at.field("layers").index(n - 1).field("activation"), "the " + loss.fileName() + " loss needs a "
                    + required.fileName() + " output layer (" + loss.whyThatOutput() + "); use " + required.fileName()
                    + ", or the loss " + lossesWithoutRequirement());
        }
        if (problems.size() > before) {
            return null;
        }
        NetworkCheck check = new NetworkCheck();
        check.shape = new NetworkShape(inputs.size(), units, activations, loss, trainBias);
        check.parameters = new double[check.shape.parameterCount()];
        check.unitNames = new ArrayList<>();
        long seed = net.init() != null && net.init().seed() != null ? net.init().seed() : 0L;
        for (int l = 0; l < n; l++) {
            FieldPath lp = at.field("layers").index(l);
            checkLayerParameters(layers.get(l), l, check, seed, lp);
            check.unitNames.add(unitNames(layers.get(l).names(), l, n, units[l], lp.field("names")));
        }
        return problems.size() > before ? null : check;
    }

    private void checkLayerParameters(LessonFile.LayerFile layer, int l, NetworkCheck check, long seed, FieldPath lp) {
        NetworkShape shape = check.shape;
        int units = shape.units(l);
        int fanIn = shape.fanIn(l);
        double[] weights = layer.weights() == null ? SeededInit.weights(shape, l, seed) : null;
        if (layer.weights() != null) {
            double[][] given = layer.weights();
            if (given.length != units) {
                problem(lp.field("weights"), "has " + count(given.length, "row") + "; needs one row per unit: " + units
                        + " rows of " + fanIn + " numbers ([units][inputs of the layer])");
                return;
            }
            weights = new double[units * fanIn];
            for (int i = 0; i < units; i++) {
                if (given[i] == null || given[i].length != fanIn) {
                    problem(lp.field("weights").index(i), "row " + i + " has " + count(given[i] == null ? 0 : given[i].length, "number")
                            + "; needs " + fanIn + ", one per unit of the layer before");
                    continue;
                }
                for (int j = 0; j < fanIn; j++) {
                    checkFinite(given[i][j], lp.field("weights").index(i).index(j));
                    weights[i * fanIn + j] = given[i][j];
                }
            }
        }
        System.arraycopy(weights, 0, check.parameters, shape.weightOffset(l), weights.length);
        if (layer.biases() != null) {
            if (layer.biases().length != units) {
                problem(lp.field("biases"), "has " + count(layer.biases().length, "number") + "; needs " + units + ", one per unit");
                return;
            }
            for (int i = 0; i < units; i++) {
                checkFinite(layer.biases()[i], lp.field("biases").index(i));
                check.parameters[shape.biasOffset(l) + i] = layer.biases()[i];
            }
        }
    }

    private List<String> unitNames(List<String> names, int l, int layers, int units, FieldPath at) {
        if (names != null) {
            if (names.size() != units) {
                problem(at, "has " + count(names.size(), "name") + "; needs " + units + ", one per unit");
            }
            checkNames(names, at);
            return names;
        }
        List<String> generated = new ArrayList<>();
        boolean output = l == layers - 1;
        for (int i = 0; i < units; i++) {
            if (output) {
                generated.add(units == 1 ? "ŷ" : "ŷ" + (i + 1));
            } else {
                generated.add(layers == 2 ? "h" + (i + 1) : "h" + (l + 1) + "." + (i + 1));
            }
        }
        return generated;
    }

    private void checkNames(List<String> names, FieldPath at) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
                problem(at.index(i), "a name must have 1 to " + MAX_NAME_LENGTH + " characters");
            }
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void checkFinite(double v, FieldPath at) {
        if (!Double.isFinite(v)) {
            problem(at, "the number is too large to represent; every number must be finite (|v| < 1.8e308)");
        }
    }

    /** Returns {inputs[sample][j], targets[sample][k]}, or null if the data cannot be used. */
    private double[][][] checkData(LessonFile lesson, NetworkCheck network, FieldPath at) {
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
        NetworkShape shape = network.shape;
        long perSample = shape.inputs() + shape.outputs() + 4L * shape.totalUnits();
        if (perSample * data.size() > Limits.MAX_STEP_NUMBERS) {
            problem(at, "with " + data.size() + " samples this network keeps " + perSample * data.size()
                    + " numbers per step; at most " + Limits.MAX_STEP_NUMBERS + " are allowed: use fewer samples or smaller layers");
            return null;
        }
        int before = problems.size();
        double[][] x = new double[data.size()][];
        double[][] y = new double[data.size()][];
        boolean probabilities = shape.loss().needsProbabilityTargets();
        for (int s = 0; s < data.size(); s++) {
            FieldPath sp = at.index(s);
            LessonFile.SampleFile sample = data.get(s);
            if (sample == null) {
                problem(sp, "a sample must be an object {\"x\": […], \"y\": […]}");
                continue;
            }
            x[s] = checkRow(sample.x(), shape.inputs(), sp.field("x"), "inputs");
            y[s] = checkRow(sample.y(), shape.outputs(), sp.field("y"), "targets (one per output unit)");
            if (y[s] != null && probabilities) {
                for (int k = 0; k < y[s].length; k++) {
                    if (y[s][k] < 0 || y[s][k] > 1) {
                        problem(sp.field("y").index(k), "target " + y[s][k] + " is outside [0, 1], which the "
                                + shape.loss().fileName() + " loss needs; use a target from 0 to 1, or the loss "
                                + lossesWithoutRequirement());
                    }
                }
            }
        }
        return problems.size() > before ? null : new double[][][] {x, y};
    }

    private double[] checkRow(double[] row, int width, FieldPath at, String what) {
        if (!require(row, at, "a list of " + width + " " + what)) {
            return null;
        }
        if (row.length != width) {
            problem(at, "has " + count(row.length, "number") + "; needs " + width + " " + what);
            return null;
        }
        for (int i = 0; i < row.length; i++) {
            checkFinite(row[i], at.index(i));
        }
        return row;
    }
}
