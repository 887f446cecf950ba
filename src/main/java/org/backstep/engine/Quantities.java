package org.backstep.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable integer ids ("slots") for every number of one training step of one lesson: first the
 * parameters, then their gradients, then the optimizer's per-parameter state (none for plain
 * gradient descent), then the loss, then one block per sample holding its inputs, targets,
 * pre-activations, activations and their gradients. An event stores only a slot and a value; the
 * kind, name, phase and equation line follow from the slot, and its working from {@link Workings}.
 */
public final class Quantities {
    private final NetworkShape shape;
    private final Optimizer optimizer;
    private final int samples;
    private final int parameters;
    private final int stateSlots;
    private final int batchSlots;
    private final int sampleBlock;
    private final int totalUnits;
    private Map<String, int[]> slotsByName;

    public Quantities(NetworkShape shape, int samples, Optimizer optimizer) {
        if (samples < 1) {
            throw new IllegalArgumentException("at least one sample is needed");
        }
        this.shape = shape;
        this.optimizer = optimizer;
        this.samples = samples;
        this.parameters = shape.parameterCount();
        this.stateSlots = optimizer.state().size() * parameters;
        this.totalUnits = shape.totalUnits();
        this.batchSlots = 2 * parameters + stateSlots + 1;
        this.sampleBlock = shape.inputs() + shape.outputs() + 4 * totalUnits;
        long total = (long) batchSlots + (long) samples * sampleBlock;
        if (total > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many quantities: " + total);
        }
    }

    public NetworkShape shape() {
        return shape;
    }

    public int samples() {
        return samples;
    }

    /** The optimizer whose updates and state the step's last phase records. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /**
     * How many events one recorded step writes: per sample z and a of every unit, the loss, and
     * dL/dŷ, each δ, each trained parameter's gradient so far and each gradient sent down a layer;
     * then per trained parameter its optimizer state and itself.
     */
    public long eventsPerStep() {
        return eventsPerStep(samples);
    }

    /** How many events one recorded step of a batch of {@code batchSize} samples writes (see {@link #eventsPerStep()}). */
    public long eventsPerStep(int batchSize) {
        long perSample = 2L * totalUnits + 1 + shape.outputs();
        long update = 0;
        for (int l = 0; l < shape.layers(); l++) {
            long trained = (long) shape.units(l) * shape.fanIn(l) + (shape.trainsBias(l) ? shape.units(l) : 0);
            perSample += shape.units(l) + trained + (l > 0 ? shape.fanIn(l) : 0);
            update += trained * (1 + optimizer.state().size());
        }
        return perSample * batchSize + update;
    }

    public int slotCount() {
        return batchSlots + samples * sampleBlock;
    }

    public int parameterSlot(int parameter) {
        return parameter;
    }

    public int gradientSlot(int parameter) {
        return parameters + parameter;
    }

    /** Optimizer state variable {@code variable} (see {@link Optimizer#state}) of {@code parameter}. */
    public int stateSlot(int variable, int parameter) {
        return 2 * parameters + variable * parameters + parameter;
    }

    public int lossSlot() {
        return 2 * parameters + stateSlots;
    }

    private int sampleBase(int sample) {
        return batchSlots + sample * sampleBlock;
    }

    public int inputSlot(int sample, int j) {
        return sampleBase(sample) + j;
    }

    public int targetSlot(int sample, int k) {
        return sampleBase(sample) + shape.inputs() + k;
    }

    private int unitSlot(int sample, int section, int layer, int i) {
        return sampleBase(sample) + shape.inputs() + shape.outputs() + section * totalUnits + shape.unitOffset(layer) + i;
    }

    public int preActivationSlot(int sample, int layer, int i) {
        return unitSlot(sample, 0, layer, i);
    }

    public int activationSlot(int sample, int layer, int i) {
        return unitSlot(sample, 1, layer, i);
    }

    public int preActivationGradientSlot(int sample, int layer, int i) {
        return unitSlot(sample, 2, layer, i);
    }

    public int activationGradientSlot(int sample, int layer, int i) {
        return unitSlot(sample, 3, layer, i);
    }

    /** The slot holding what feeds unit {@code j} of layer {@code layer}: an input or an activation. */
    public int fanInSlot(int sample, int layer, int j) {
        return layer == 0 ? inputSlot(sample, j) : activationSlot(sample, layer - 1, j);
    }

    /** The sample a per-sample slot belongs to, or -1 for parameters, their gradients and the loss. */
    public int sampleOf(int slot) {
        return slot < batchSlots ? -1 : (slot - batchSlots) / sampleBlock;
    }

    public QuantityKind kind(int slot) {
        if (slot < parameters) {
            return QuantityKind.PARAMETER;
        }
        if (slot < 2 * parameters) {
            return QuantityKind.PARAMETER_GRADIENT;
        }
        if (slot < 2 * parameters + stateSlots) {
            return QuantityKind.OPTIMIZER_STATE;
        }
        if (slot < batchSlots) {
            return QuantityKind.LOSS;
        }
        int local = (slot - batchSlots) % sampleBlock;
        if (local < shape.inputs()) {
            return QuantityKind.INPUT;
        }
        local -= shape.inputs();
        if (local < shape.outputs()) {
            return QuantityKind.TARGET;
        }
        local -= shape.outputs();
        return switch (local / totalUnits) {
            case 0 -> QuantityKind.PRE_ACTIVATION;
            case 1 -> QuantityKind.ACTIVATION;
            case 2 -> QuantityKind.PRE_ACTIVATION_GRADIENT;
            default -> QuantityKind.ACTIVATION_GRADIENT;
        };
    }

    /** For unit quantities, the position among all units (layer offset + unit); else -1. */
    private int unitPosition(int slot) {
        if (slot < batchSlots) {
            return -1;
        }
        int local = (slot - batchSlots) % sampleBlock - shape.inputs() - shape.outputs();
        return local < 0 ? -1 : local % totalUnits;
    }

    /** The 0-based layer of a unit quantity, parameter or parameter gradient; -1 otherwise. */
    public int layerOf(int slot) {
        QuantityKind kind = kind(slot);
        switch (kind) {
            case PARAMETER:
                return shape.layerOfParameter(slot);
            case PARAMETER_GRADIENT:
            case OPTIMIZER_STATE:
                return shape.layerOfParameter(parameterOf(slot));
            case LOSS:
            case INPUT:
            case TARGET:
                return -1;
            default:
                int position = unitPosition(slot);
                int layer = 0;
                while (layer + 1 < shape.layers() && shape.unitOffset(layer + 1) <= position) {
                    layer++;
                }
                return layer;
        }
    }

    /** The unit within its layer of a unit quantity, or the index of an input or target. */
    public int indexOf(int slot) {
        QuantityKind kind = kind(slot);
        int local = (slot - batchSlots) % sampleBlock;
        return switch (kind) {
            case INPUT -> local;
            case TARGET -> local - shape.inputs();
            case PRE_ACTIVATION, ACTIVATION, PRE_ACTIVATION_GRADIENT, ACTIVATION_GRADIENT ->
                    unitPosition(slot) - shape.unitOffset(layerOf(slot));
            default -> -1;
        };
    }

    /** The parameter behind a parameter, parameter-gradient or optimizer-state slot. */
    public int parameterOf(int slot) {
        if (slot < 2 * parameters) {
            return slot < parameters ? slot : slot - parameters;
        }
        return (slot - 2 * parameters) % parameters;
    }

    /** The optimizer state variable an optimizer-state slot holds. */
    public int stateVariableOf(int slot) {
        return (slot - 2 * parameters) / parameters;
    }

    /** The quantity's name as used in files and on the command line, e.g. {@code dL/dz2[0]}. */
    public String name(int slot) {
        QuantityKind kind = kind(slot);
        return switch (kind) {
            case PARAMETER -> shape.parameterName(slot);
            case PARAMETER_GRADIENT -> "dL/d" + shape.parameterName(slot - parameters);
            case OPTIMIZER_STATE -> optimizer.state().get(stateVariableOf(slot)).symbol()
                    + "[" + shape.parameterName(parameterOf(slot)) + "]";
            case LOSS -> "L";
            case INPUT -> "x[" + indexOf(slot) + "]";
            case TARGET -> "y[" + indexOf(slot) + "]";
            case PRE_ACTIVATION -> "z" + (layerOf(slot) + 1) + "[" + indexOf(slot) + "]";
            case ACTIVATION -> "a" + (layerOf(slot) + 1) + "[" + indexOf(slot) + "]";
            case PRE_ACTIVATION_GRADIENT -> "dL/dz" + (layerOf(slot) + 1) + "[" + indexOf(slot) + "]";
            case ACTIVATION_GRADIENT -> "dL/da" + (layerOf(slot) + 1) + "[" + indexOf(slot) + "]";
        };
    }

    /** The phase whose events write this slot, or null for inputs and targets. */
    public Phase phaseOf(int slot) {
        return kind(slot).writtenIn();
    }

    /** Every slot with this name (one per sample for per-sample quantities); empty if none. */
    public synchronized int[] slotsNamed(String name) {
        if (slotsByName == null) {
            Map<String, List<Integer>> collect = new HashMap<>();
            for (int slot = 0; slot < slotCount(); slot++) {
                collect.computeIfAbsent(name(slot), k -> new ArrayList<>()).add(slot);
            }
            Map<String, int[]> byName = new HashMap<>();
            collect.forEach((k, v) -> byName.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            slotsByName = Collections.unmodifiableMap(byName);
        }
        return slotsByName.getOrDefault(name, new int[0]).clone();
    }

    /** The chain-rule line an event writing this slot instantiates (null for inputs and targets). */
    public EquationLine equation(int slot) {
        QuantityKind kind = kind(slot);
        int layer = layerOf(slot);
        boolean outputLayer = layer == shape.layers() - 1;
        return switch (kind) {
            case PARAMETER -> optimizer.updateLine();
            case OPTIMIZER_STATE -> optimizer.state().get(stateVariableOf(slot)).line();
            case PARAMETER_GRADIENT -> Dense.gradientLine(shape, parameterOf(slot));
            case LOSS -> shape.loss().lossLine();
            case PRE_ACTIVATION -> Dense.PRE_ACTIVATION;
            case ACTIVATION -> shape.activation(layer).forwardLine();
            case PRE_ACTIVATION_GRADIENT -> shape.activation(layer).derivativeLine();
            case ACTIVATION_GRADIENT -> outputLayer ? shape.loss().gradientLine() : Dense.PROPAGATE;
            case INPUT, TARGET -> null;
        };
    }

    /** Whether the event writing this slot assigns a new value to it (an update) rather than computing it. */
    public boolean assigns(int slot) {
        QuantityKind kind = kind(slot);
        return kind == QuantityKind.PARAMETER || kind == QuantityKind.OPTIMIZER_STATE;
    }
}
