package org.backstep.engine;

import java.util.Arrays;

/**
 * The shape of a fully connected network and where each of its numbers lives in the flat
 * parameter array: layer by layer, first the weights {@code W[i][j]} row by row, then the biases.
 * Layers are numbered from 1 in names ({@code W1}, {@code z2}) and from 0 in this API.
 */
public final class NetworkShape {
    private final int inputs;
    private final int[] units;
    private final Activation[] activations;
    private final Loss loss;
    private final boolean[] trainBias;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int[] unitOffset;
    private final int parameterCount;
    private final int totalUnits;

    public NetworkShape(int inputs, int[] units, Activation[] activations, Loss loss, boolean[] trainBias) {
        if (inputs < 1 || units.length < 1 || activations.length != units.length || trainBias.length != units.length) {
            throw new IllegalArgumentException("a network needs at least one input and one layer, with one activation each");
        }
        Activation required = loss.requiredOutput();
        if (required != null && activations[activations.length - 1] != required) {
            throw new IllegalArgumentException("the " + loss.fileName() + " loss needs a " + required.fileName()
                    + " output layer");
        }
        this.inputs = inputs;
        this.units = units.clone();
        this.activations = activations.clone();
        this.loss = loss;
        this.trainBias = trainBias.clone();
        int layers = units.length;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        unitOffset = new int[layers];
        long offset = 0;
        int unitSum = 0;
        for (int l = 0; l < layers; l++) {
            if (units[l] < 1) {
                throw new IllegalArgumentException("layer " + (l + 1) + " has no units");
            }
            weightOffset[l] = (int) offset;
            offset += (long) units[l] * fanIn(l);
            biasOffset[l] = (int) offset;
            offset += units[l];
            unitOffset[l] = unitSum;
            unitSum += units[l];
            if (offset > Integer.MAX_VALUE / 4) {
                throw new IllegalArgumentException("network too large");
            }
        }
        parameterCount = (int) offset;
        totalUnits = unitSum;
    }

    public int inputs() {
        return inputs;
    }

    public int layers() {
        return units.length;
    }

    public int units(int layer) {
        return units[layer];
    }

    /** Number of units feeding layer {@code layer}: the inputs for the first layer. */
    public int fanIn(int layer) {
        return layer == 0 ? inputs : units[layer - 1];
    }

    public int outputs() {
        return units[units.length - 1];
    }

    public Activation activation(int layer) {
        return activations[layer];
    }

    public Loss loss() {
        return loss;
    }

    public boolean trainsBias(int layer) {
        return trainBias[layer];
    }

    public int weightOffset(int layer) {
        return weightOffset[layer];
    }

    public int biasOffset(int layer) {
        return biasOffset[layer];
    }

    /** Position of the layer's first unit among all units of all layers. */
    public int unitOffset(int layer) {
        return unitOffset[layer];
    }

    public int totalUnits() {
        return totalUnits;
    }

    public int parameterCount() {
        return parameterCount;
    }

    /** Index in the parameter array of {@code W{layer+1}[i][j]}. */
    public int weightIndex(int layer, int i, int j) {
        return weightOffset[layer] + i * fanIn(layer) + j;
    }

    public int biasIndex(int layer, int i) {
        return biasOffset[layer] + i;
    }

    /** Whether gradient descent changes this parameter. */
    public boolean isTrainable(int parameter) {
        int layer = layerOfParameter(parameter);
        return parameter < biasOffset[layer] || trainBias[layer];
    }

    public int layerOfParameter(int parameter) {
        int l = Arrays.binarySearch(weightOffset, parameter);
        return l >= 0 ? l : -l - 2;
    }

    /** The parameter's name, such as {@code W2[0][1]} or {@code b1[2]}. */
    public String parameterName(int parameter) {
        int l = layerOfParameter(parameter);
        if (parameter >= biasOffset[l]) {
            return "b" + (l + 1) + "[" + (parameter - biasOffset[l]) + "]";
        }
        int within = parameter - weightOffset[l];
        return "W" + (l + 1) + "[" + within / fanIn(l) + "][" + within % fanIn(l) + "]";
    }
}
