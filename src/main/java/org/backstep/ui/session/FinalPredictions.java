package org.backstep.ui.session;

import java.util.List;
import org.backstep.engine.Dataset;
import org.backstep.lesson.Lesson;

/**
 * What the network predicts for every sample after a run, beside what it should: one row per
 * sample with its inputs, the outputs after training and the targets, under the lesson's names.
 */
public final class FinalPredictions {
    private final List<String> inputNames;
    private final List<String> outputNames;
    private final Dataset data;
    private final double[][] outputs;

    private FinalPredictions(List<String> inputNames, List<String> outputNames, Dataset data, double[][] outputs) {
        this.inputNames = inputNames;
        this.outputNames = outputNames;
        this.data = data;
        this.outputs = outputs;
    }

    /** The lesson's samples with {@code outputs} ([sample][output], as the step computes them from the trained parameters). */
    public static FinalPredictions of(Lesson lesson, double[][] outputs) {
        List<List<String>> units = lesson.unitNames();
        return new FinalPredictions(List.copyOf(lesson.inputNames()), List.copyOf(units.get(units.size() - 1)),
                lesson.data(), outputs);
    }

    public int samples() {
        return outputs.length;
    }

    public List<String> inputNames() {
        return inputNames;
    }

    /** The output units' names (ŷ, o1, …): a prediction and a target column each. */
    public List<String> outputNames() {
        return outputNames;
    }

    public double input(int sample, int j) {
        return data.input(sample, j);
    }

    public double prediction(int sample, int k) {
        return outputs[sample][k];
    }

    public double target(int sample, int k) {
        return data.target(sample, k);
    }
}
