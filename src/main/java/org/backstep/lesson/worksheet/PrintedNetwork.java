package org.backstep.lesson.worksheet;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.NetworkShape;
import org.backstep.lesson.Lesson;

/**
 * The network as a worksheet prints it, at the start of the lesson's own first step: every weight
 * and bias, the inputs and targets of every sample, the learning rate, and the names students see.
 * A question's working reads these numbers from here, so they are never repeated under a question.
 */
public final class PrintedNetwork {
    private final Lesson lesson;
    private final NetworkShape shape;
    private final double[] parameters;

    PrintedNetwork(Lesson lesson) {
        this.lesson = lesson;
        this.shape = lesson.shape();
        this.parameters = lesson.initialParameters();
    }

    public NetworkShape shape() {
        return shape;
    }

    public List<String> inputNames() {
        return lesson.inputNames();
    }

    /** The names of the units of layer {@code layer} (the last layer's are the outputs). */
    public List<String> unitNames(int layer) {
        return lesson.unitNames().get(layer);
    }

    /** The weight on the edge into unit {@code to} of layer {@code layer} from node {@code from} of the column before. */
    public double weight(int layer, int to, int from) {
        return parameters[shape.weightIndex(layer, to, from)];
    }

    public double bias(int layer, int unit) {
        return parameters[shape.biasIndex(layer, unit)];
    }

    /** The value parameter {@code parameter} starts the step with. */
    public double parameter(int parameter) {
        return parameters[parameter];
    }

    public int samples() {
        return lesson.data().size();
    }

    public double input(int sample, int j) {
        return lesson.data().input(sample, j);
    }

    public double target(int sample, int k) {
        return lesson.data().target(sample, k);
    }

    /** The step size η of the update. */
    public double learningRate() {
        return lesson.training().optimizer().learningRate();
    }

    /** The optimizer's name as lesson files write it ({@code sgd}). */
    public String optimizer() {
        return lesson.training().optimizer().kind().fileName();
    }

    /** Every number this part of the sheet prints: the parameters, the data and the learning rate. */
    public List<Double> numbers() {
        List<Double> all = new ArrayList<>();
        for (double p : parameters) {
            all.add(p);
        }
        for (int s = 0; s < samples(); s++) {
            for (int j = 0; j < shape.inputs(); j++) {
                all.add(input(s, j));
            }
            for (int k = 0; k < shape.outputs(); k++) {
                all.add(target(s, k));
            }
        }
        all.add(learningRate());
        return all;
    }
}
