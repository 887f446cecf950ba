package org.backstep.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The working of any event: which operation wrote its quantity, asked for its working with the
 * numbers the event read. The dense layer, the activation, the loss or the optimizer builds it.
 */
public final class Workings {
    private Workings() {
    }

    /**
     * The working of the event that wrote {@code slot} for {@code sample} (-1: the whole batch) in
     * the first full-batch step; see {@link #of(Quantities, int, int, IntToDoubleFunction, StepPlace)}.
     */
    public static Working of(Quantities q, int slot, int sample, IntToDoubleFunction read) {
        return of(q, slot, sample, read, StepPlace.fullBatch(0, q.samples()));
    }

    /**
     * The working of the event that wrote {@code slot} for {@code sample} (-1: the whole batch) in
     * the step at {@code place}: its batch says what the loss averages over and which sample
     * starts each sum, its update number {@code t} (Adam's bias correction shows it). {@code read}
     * gives the value each slot had as the event read it. Null for inputs and targets, which no
     * event writes.
     */
    public static Working of(Quantities q, int slot, int sample, IntToDoubleFunction read, StepPlace place) {
        long t = place.update();
        int batch = place.batchSize();
        boolean first = sample == place.firstSample();
        NetworkShape shape = q.shape();
        int last = shape.layers() - 1;
        int layer = q.layerOf(slot);
        int i = q.indexOf(slot);
        switch (q.kind(slot)) {
            case PARAMETER:
                return q.optimizer().working(-1, q.parameterOf(slot), q, read, t);
            case OPTIMIZER_STATE:
                return q.optimizer().working(q.stateVariableOf(slot), q.parameterOf(slot), q, read, t);
            case PARAMETER_GRADIENT:
                return Dense.parameterGradient(q, slot, sample, first, read);
            case LOSS: {
                List<Working.Read[]> outputs = new ArrayList<>();
                for (int k = 0; k < shape.outputs(); k++) {
                    outputs.add(new Working.Read[] {Dense.read(q.targetSlot(sample, k), read),
                            Dense.read(q.activationSlot(sample, last, k), read),
                            Dense.read(q.preActivationSlot(sample, last, k), read)});
                }
                Working loss = shape.loss().valueWorking(outputs, batch);
                return !first ? new Working.SoFar(Dense.read(q.lossSlot(), read), loss) : loss;
            }
            case PRE_ACTIVATION:
                return Dense.weightedSum(q, sample, layer, i, read);
            case ACTIVATION:
                return shape.activation(layer).value(Dense.read(q.preActivationSlot(sample, layer, i), read));
            case PRE_ACTIVATION_GRADIENT:
                return shape.activation(layer).slope(Dense.read(q.activationGradientSlot(sample, layer, i), read),
                        Dense.read(q.preActivationSlot(sample, layer, i), read),
                        Dense.read(q.activationSlot(sample, layer, i), read));
            case ACTIVATION_GRADIENT:
                if (layer == last) {
                    return shape.loss().gradientWorking(Dense.read(q.targetSlot(sample, i), read),
                            Dense.read(q.activationSlot(sample, layer, i), read),
                            Dense.read(q.preActivationSlot(sample, layer, i), read), batch, shape.outputs());
                }
                return Dense.propagate(q, sample, layer, i, read);
            default:
                return null;
        }
    }
}
