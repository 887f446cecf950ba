package org.backstep.engine;

import java.util.Arrays;

/**
 * The same training step as {@link TrainingStep}, for when nobody records: one layer at a time
 * over all samples, with values stored unit by unit ({@code [unit][sample]}) so the inner loops run
 * along the samples. Every number is summed in exactly the order the recorded step uses (over j
 * ascending for each unit and sample, over samples in order for each parameter gradient), so the
 * results are the same bits; only the loops are arranged for speed.
 */
final class SilentStep {
    private final NetworkShape shape;
    private final Dataset data;
    private final int samples;
    private final double scale;
    /** Inputs as {@code [input][sample]}. */
    private final double[][] x;
    /** Per unit over all layers, {@code [unit][sample]}. */
    private final double[][] z;
    private final double[][] a;
    private final double[][] dz;
    private final double[][] da;

    SilentStep(NetworkShape shape, Dataset data, double scale) {
        this.shape = shape;
        this.data = data;
        this.samples = data.size();
        this.scale = scale;
        x = new double[shape.inputs()][samples];
        for (int s = 0; s < samples; s++) {
            for (int j = 0; j < shape.inputs(); j++) {
                x[j][s] = data.input(s, j);
            }
        }
        int units = shape.totalUnits();
        z = new double[units][samples];
        a = new double[units][samples];
        dz = new double[units][samples];
        da = new double[units][samples];
    }

    /** One step on {@code p} (changed in place), using {@code gradient} as scratch; returns the loss before it. */
    double run(double[] p, double[] gradient, double learningRate) {
        forward(p);
        double loss = loss();
        backward(p, gradient);
        for (int l = 0; l < shape.layers(); l++) {
            int end = shape.trainsBias(l) ? shape.biasOffset(l) + shape.units(l) : shape.biasOffset(l);
            for (int n = shape.weightOffset(l); n < end; n++) {
                p[n] = p[n] - learningRate * gradient[n];
            }
        }
        return loss;
    }

    private double[] input(int layer, int j) {
        return layer == 0 ? x[j] : a[shape.unitOffset(layer - 1) + j];
    }

    private void forward(double[] p) {
        for (int l = 0; l < shape.layers(); l++) {
            int fanIn = shape.fanIn(l);
            Activation f = shape.activation(l);
            for (int i = 0; i < shape.units(l); i++) {
                double[] zi = z[shape.unitOffset(l) + i];
                double[] ai = a[shape.unitOffset(l) + i];
                Arrays.fill(zi, 0.0);
                int row = shape.weightOffset(l) + i * fanIn;
                for (int j = 0; j < fanIn; j++) {
                    double w = p[row + j];
                    double[] in = input(l, j);
                    for (int s = 0; s < samples; s++) {
                        zi[s] += w * in[s];
                    }
                }
                double b = p[shape.biasOffset(l) + i];
                for (int s = 0; s < samples; s++) {
                    zi[s] += b;
                    ai[s] = f.apply(zi[s]);
                }
            }
        }
    }

    private double loss() {
        Loss lossFn = shape.loss();
        int outOff = shape.unitOffset(shape.layers() - 1);
        double total = 0.0;
        for (int s = 0; s < samples; s++) {
            double sum = 0.0;
            for (int k = 0; k < shape.outputs(); k++) {
                sum += lossFn.term(data.target(s, k), a[outOff + k][s], z[outOff + k][s]);
            }
            total = s == 0 ? scale * sum : total + scale * sum;
        }
        return total;
    }

    private void backward(double[] p, double[] gradient) {
        Arrays.fill(gradient, 0.0);
        Loss lossFn = shape.loss();
        int last = shape.layers() - 1;
        int outOff = shape.unitOffset(last);
        for (int k = 0; k < shape.outputs(); k++) {
            for (int s = 0; s < samples; s++) {
                da[outOff + k][s] = scale * lossFn.gradient(data.target(s, k), a[outOff + k][s], z[outOff + k][s]);
            }
        }
        for (int l = last; l >= 0; l--) {
            int fanIn = shape.fanIn(l);
            int uOff = shape.unitOffset(l);
            Activation f = shape.activation(l);
            boolean fused = shape.loss() == Loss.BCE && l == last;
            for (int i = 0; i < shape.units(l); i++) {
                double[] g = dz[uOff + i];
                for (int s = 0; s < samples; s++) {
                    g[s] = fused ? scale * (a[uOff + i][s] - data.target(s, i))
                            : da[uOff + i][s] * f.derivative(z[uOff + i][s], a[uOff + i][s]);
                }
            }
            for (int i = 0; i < shape.units(l); i++) {
                double[] g = dz[uOff + i];
                int row = shape.weightOffset(l) + i * fanIn;
                int j = 0;
                // Four weights at once: four independent running sums, each over the samples in order.
                for (; j + 3 < fanIn; j += 4) {
                    double[] in0 = input(l, j);
                    double[] in1 = input(l, j + 1);
                    double[] in2 = input(l, j + 2);
                    double[] in3 = input(l, j + 3);
                    double s0 = 0.0;
                    double s1 = 0.0;
                    double s2 = 0.0;
                    double s3 = 0.0;
                    for (int s = 0; s < samples; s++) {
                        double gs = g[s];
                        s0 += gs * in0[s];
                        s1 += gs * in1[s];
                        s2 += gs * in2[s];
                        s3 += gs * in3[s];
                    }
                    gradient[row + j] = s0;
                    gradient[row + j + 1] = s1;
                    gradient[row + j + 2] = s2;
                    gradient[row + j + 3] = s3;
                }
                for (; j < fanIn; j++) {
                    double[] in = input(l, j);
                    double sum = 0.0;
                    for (int s = 0; s < samples; s++) {
                        sum += g[s] * in[s];
                    }
                    gradient[row + j] = sum;
                }
                if (shape.trainsBias(l)) {
                    double sum = 0.0;
                    for (int s = 0; s < samples; s++) {
                        sum += g[s];
                    }
                    gradient[shape.biasOffset(l) + i] = sum;
                }
            }
            if (l > 0) {
                int prevOff = shape.unitOffset(l - 1);
                for (int j = 0; j < fanIn; j++) {
                    double[] out = da[prevOff + j];
                    Arrays.fill(out, 0.0);
                    for (int i = 0; i < shape.units(l); i++) {
                        double w = p[shape.weightOffset(l) + i * fanIn + j];
                        double[] g = dz[uOff + i];
                        for (int s = 0; s < samples; s++) {
                            out[s] += g[s] * w;
                        }
                    }
                }
            }
        }
    }
}
