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
    /** What checking the network produced, when it found nothing wrong. */
    record Network(NetworkShape shape, double[] parameters, List<List<String>> unitNames) {
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

    /** The network the file describes, or null when any part of it is broken (each problem is reported). */
    Network network(LessonFile.NetworkFile net, FieldPath at) {
        int before = problems.count();
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
        long parameterCount = 0;
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
            parameterCount += (long) units[l] * fanIn + units[l];
            fanIn = units[l];
        }
        if (parameterCount > Limits.MAX_PARAMETERS) {
            problem(at.field("layers"), "the network would have " + parameterCount + " weights and biases; at most "
                    + Limits.MAX_PARAMETERS + " are allowed");
        }
        Activation required = loss == null ? null : loss.requiredOutput();
        if (required != null && activations[n - 1] != null && activations[n - 1] != required) {
            problem(at.field("layers").index(n - 1).field("activation"), "the " + loss.fileName() + " loss needs a "
                    + required.fileName() + " output layer (" + loss.whyThatOutput() + "); use " + required.fileName()
                    + ", or the loss " + lossesWithoutRequirement());
        }
        if (problems.count() > before) {
            return null;
        }
        NetworkShape shape = new NetworkShape(inputs.size(), units, activations, loss, trainBias);
        double[] parameters = new double[shape.parameterCount()];
        List<List<String>> unitNames = new ArrayList<>();
        long seed = net.init() != null && net.init().seed() != null ? net.init().seed() : 0L;
        for (int l = 0; l < n; l++) {
            FieldPath lp = at.field("layers").index(l);
            checkLayerParameters(layers.get(l), l, shape, parameters, seed, lp);
            unitNames.add(unitNames(layers.get(l).names(), l, n, units[l], lp.field("names")));
        }
        return problems.count() > before ? null : new Network(shape, parameters, unitNames);
    }

    private void checkLayerParameters(LessonFile.LayerFile layer, int l, NetworkShape shape, double[] parameters,
                                      long seed, FieldPath lp) {
        int units = shape.units(l);
        int fanIn = shape.fanIn(l);
        double[] weights = layer.weights() == null ? SeededInit.weights(shape, l, seed) : null;
        if (layer.weights() != null) {
            double[][] given = layer.weights();
            if (given.length != units) {
                problem(lp.field("weights"), "has " + Problems.count(given.length, "row") + "; needs one row per unit: " + units
                        + " rows of " + fanIn + " numbers ([units][inputs of the layer])");
                return;
            }
            weights = new double[units * fanIn];
            for (int i = 0; i < units; i++) {
                if (given[i] == null || given[i].length != fanIn) {
                    problem(lp.field("weights").index(i), "row " + i + " has " + Problems.count(given[i] == null ? 0 : given[i].length, "number")
                            + "; needs " + fanIn + ", one per unit of the layer before");
                    continue;
                }
                for (int j = 0; j < fanIn; j++) {
                    problems.finite(given[i][j], lp.field("weights").index(i).index(j));
                    weights[i * fanIn + j] = given[i][j];
                }
            }
        }
        System.arraycopy(weights, 0, parameters, shape.weightOffset(l), weights.length);
        if (layer.biases() != null) {
            if (layer.biases().length != units) {
                problem(lp.field("biases"), "has " + Problems.count(layer.biases().length, "number") + "; needs " + units + ", one per unit");
                return;
            }
            for (int i = 0; i < units; i++) {
                problems.finite(layer.biases()[i], lp.field("biases").index(i));
                parameters[shape.biasOffset(l) + i] = layer.biases()[i];
            }
        }
    }

    private List<String> unitNames(List<String> names, int l, int layers, int units, FieldPath at) {
        if (names != null) {
            if (names.size() != units) {
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
