package org.backstep.replay;

import org.backstep.engine.NetworkShape;
import org.backstep.engine.Quantities;

/**
 * How large the weight gradients of each layer are at the cursor: the mean of |dL/dw| over the
 * layer's weights the step has computed so far. A deep sigmoid network shows it shrinking layer by
 * layer towards the inputs (the vanishing gradient).
 */
public final class LayerGradients {
    private LayerGradients() {
    }

    /** Per layer (0 = the first hidden layer), the mean |dL/dw| known at the cursor, or NaN before any is known. */
    public static double[] meanMagnitudes(ReplayCursor cursor) {
        Quantities q = cursor.log().quantities();
        NetworkShape shape = q.shape();
        double[] means = new double[shape.layers()];
        for (int l = 0; l < shape.layers(); l++) {
            double sum = 0;
            int known = 0;
            for (int i = 0; i < shape.units(l); i++) {
                for (int j = 0; j < shape.fanIn(l); j++) {
                    int slot = q.gradientSlot(shape.weightIndex(l, i, j));
                    if (cursor.isKnown(slot)) {
                        sum += Math.abs(cursor.value(slot));
                        known++;
                    }
                }
            }
            means[l] = known == 0 ? Double.NaN : sum / known;
        }
        return means;
    }
}
