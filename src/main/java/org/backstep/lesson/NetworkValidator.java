package org.backstep.lesson;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.Activation;
import org.backstep.engine.Limits;
import org.backstep.engine.Loss;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.SeededInit;

/**
 * Checks a lesson's {@code network} object: input and unit names, layer sizes against the limits
 * (before anything is allocated from them), activations and the loss, what the loss asks of the
 * output layer, and every given weight matrix and bias list. Problems go to the lesson's list.
 */
final class NetworkValidator {
    /**
     * What checking the network found out. {@code shape} and {@code parameters} are null when any
     * part is broken; the sizes are known as far as the file gives them (-1 where it does not), so
     * the data can still be checked against them, and the loss (null if unknown) for its targets.
     */
    record Network(NetworkShape shape, double[] parameters, List<List<String>> unitNames, int inputs, int outputs,
                   int totalUnits, Loss loss) {
        boolean whole() {
            return shape != null;
        }
    }

    static final int MAX_NAME_LENGTH = 40;

    private final Problems problems;

    NetworkValidator(Problems problems) {
        this.problems = problems;
    }

    private void problem(FieldPath path, String message) {
        problems.add(path, message);
    }

    private boolean require(Object value, FieldPath path, String what) {
        return problems.require(value, path, what);
    }

    /** "mse or half_sse": the losses that take any output layer. */
    static String lossesWithoutRequirement() {
        List<String> names = new ArrayList<>();
        for (Loss l : Loss.values()) {
            if (l.requiredOutput() == null) {
                names.add(l.fileName());
            }
        }
        return String.join(" or ", names);
    }

    /**
     * The network the file describes. Every part is checked on its own: a misspelt activation does
     * not hide a weight matrix of the wrong shape. Only what depends on a broken part is left out
     * (the rows of a layer's weights cannot be counted while its size or the size before it is wrong).
     */
    Network network(LessonFile.NetworkFile net, FieldPath at) {
        int before = problems.count();
        List<String> inputs = net.inputs();
        int inputCount = -1;
        if (require(inputs, at.field("inputs"), "a list of input names such as [\"x1\", \"x2\"]")) {
            if (inputs.isEmpty() || inputs.size() > Limits.MAX_INPUTS) {
                problem(at.field("inputs"), "must name 1 to " + Limits.MAX_INPUTS + " inputs");
            } else {
                inputCount = inputs.size();
            }
            checkNames(inputs, at.field("inputs"));
        }
        Loss loss = null;
        if (require(net.loss(), at.field("loss"), "one of " + Loss.allowedNames())) {
            loss = Loss.byFileName(net.loss());
            if (loss == null) {
                problem(at.field("loss"), Suggestions.unknown("loss", net.loss(), names(Loss.allowedNames()), "allowed"));
            }
        }
        List<LessonFile.LayerFile> layers = net.layers();
        if (!require(layers, at.field("layers"), "a list of layers")) {
            return broken(inputCount, -1, -1, loss);
        }
        if (layers.isEmpty() || layers.size() > Limits.MAX_LAYERS) {
            problem(at.field("layers"), "must hold 1 to " + Limits.MAX_LAYERS + " layers");
            return broken(inputCount, -1, -1, loss);
        }
        int n = layers.size();
        int[] units = new int[n];
        Activation[] activations = new Activation[n];
        boolean[] trainBias = new boolean[n];
        long parameterCount = 0;
        int fanIn = Math.max(0, inputCount);
        for (int l = 0; l < n; l++) {
            FieldPath lp = at.field("layers").index(l);
            LessonFile.LayerFile layer = layers.get(l);
            if (layer == null) {
                problem(lp, "a layer must be an object { \"units\": …, \"activation\": … }");
                fanIn = 0;
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
                    problem(lp.field("activation"), Suggestions.unknown("activation", layer.activation(),
                            names(Activation.allowedNames()), "allowed"));
                }
            }
            trainBias[l] = layer.trainBias() == null || layer.trainBias();
            parameterCount += (long) units[l] * fanIn + units[l];
            fanIn = units[l];
        }
        if (parameterCount > Limits.MAX_PARAMETERS) {
            problem(at.field("layers"), "the network would have " + parameterCount + " weights and biases; at most "
                    + Limits.MAX_PARAMETERS + " are allowed");
            return broken(inputCount, -1, -1, loss);
        }
        Activation required = loss == null ? null : loss.requiredOutput();
        if (required != null && activations[n - 1] != null && activations[n - 1] != required) {
            problem(at.field("layers").index(n - 1).field("activation"), "the " + loss.fileName() + " loss needs a "
                    + required.fileName() + " output layer (" + loss.whyThatOutput() + "); use " + required.fileName()
                    + ", or the loss " + lossesWithoutRequirement());
        }
        List<double[]> given = new ArrayList<>();
        List<List<String>> unitNames = new ArrayList<>();
        int total = 0;
        for (int l = 0; l < n; l++) {
            FieldPath lp = at.field("layers").index(l);
            int in = l == 0 ? inputCount : units[l - 1];
            LessonFile.LayerFile layer = layers.get(l);
            given.add(layer == null || units[l] == 0 || in <= 0 ? null : checkLayerParameters(layer, units[l], in, lp));
            unitNames.add(layer == null ? List.of() : unitNames(layer.names(), l, n, units[l], lp.field("names")));
            total = units[l] == 0 || total < 0 ? -1 : total + units[l];
        }
        int outputs = units[n - 1] == 0 ? -1 : units[n - 1];
        if (problems.count() > before) {
            return broken(inputCount, outputs, total, loss);
        }
        NetworkShape shape = new NetworkShape(inputCount, units, activations, loss, trainBias);
        double[] parameters = new double[shape.parameterCount()];
        long seed = net.init() != null && net.init().seed() != null ? net.init().seed() : 0L;
        for (int l = 0; l < n; l++) {
            double[] weights = layers.get(l).weights() == null ? SeededInit.weights(shape, l, seed) : given.get(l);
            System.arraycopy(weights, 0, parameters, shape.weightOffset(l), weights.length);
            if (layers.get(l).biases() != null) {
                System.arraycopy(layers.get(l).biases(), 0, parameters, shape.biasOffset(l), units[l]);
            }
        }
        return new Network(shape, parameters, unitNames, inputCount, outputs, total, loss);
    }

    private static Network broken(int inputs, int outputs, int totalUnits, Loss loss) {
        return new Network(null, null, null, inputs, outputs, totalUnits, loss);
    }

    private static List<String> names(String allowed) {
        return List.of(allowed.split(", "));
    }

    /**
     * Checks the layer's given weights ({@code units} rows of {@code fanIn}) and biases; returns
     * the weights row by row (empty when the file gives none), or null when they do not fit.
     */
    private double[] checkLayerParameters(LessonFile.LayerFile layer, int units, int fanIn, FieldPath lp) {
        double[] weights = new double[units * fanIn];
        boolean fits = true;
        if (layer.weights() != null) {
            double[][] given = layer.weights();
            if (given.length != units) {
                problem(lp.field("weights"), "has " + Problems.count(given.length, "row") + "; needs one row per unit: " + units
                        + " rows of " + fanIn + " numbers ([units][inputs of the layer])");
                fits = false;
            } else {
                for (int i = 0; i < units; i++) {
                    if (given[i] == null || given[i].length != fanIn) {
                        problem(lp.field("weights").index(i), "row " + i + " has "
                                + Problems.count(given[i] == null ? 0 : given[i].length, "number")
                                + "; needs " + fanIn + ", one per unit of the layer before");
                        fits = false;
                        continue;
                    }
                    for (int j = 0; j < fanIn; j++) {
                        problems.finite(given[i][j], lp.field("weights").index(i).index(j));
                        weights[i * fanIn + j] = given[i][j];
                    }
                }
            }
        }
        if (layer.biases() != null) {
            if (layer.biases().length != units) {
                problem(lp.field("biases"), "has " + Problems.count(layer.biases().length, "number") + "; needs " + units + ", one per unit");
                fits = false;
            } else {
                for (int i = 0; i < units; i++) {
                    problems.finite(layer.biases()[i], lp.field("biases").index(i));
                }
            }
        }
        return fits ? weights : null;
    }

    private List<String> unitNames(List<String> names, int l, int layers, int units, FieldPath at) {
        if (names != null) {
            if (units > 0 && names.size() != units) {
                problem(at, "has " + Problems.count(names.size(), "name") + "; needs " + units + ", one per unit");
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

}
