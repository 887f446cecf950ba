package org.backstep.engine;

/** The samples of a lesson: one row of inputs and one row of targets per sample. */
public final class Dataset {
    private final double[][] inputs;
    private final double[][] targets;

    public Dataset(double[][] inputs, double[][] targets) {
        if (inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException("a dataset needs at least one sample, each with inputs and targets");
        }
        this.inputs = deepCopy(inputs);
        this.targets = deepCopy(targets);
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    /** A copy with one number changed: an input ({@code target == false}) or a target. */
    public Dataset with(int sample, int index, boolean target, double value) {
        Dataset copy = new Dataset(inputs, targets);
        (target ? copy.targets : copy.inputs)[sample][index] = value;
        return copy;
    }

    public int size() {
        return inputs.length;
    }

    public double input(int sample, int j) {
        return inputs[sample][j];
    }

    public double target(int sample, int k) {
        return targets[sample][k];
    }

    public int inputWidth() {
        return inputs[0].length;
    }

    public int targetWidth() {
        return targets[0].length;
    }

    double[] inputRow(int sample) {
        return inputs[sample];
    }

    double[] targetRow(int sample) {
        return targets[sample];
    }
}
