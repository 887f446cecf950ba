package org.backstep.engine;

/**
 * What caching the gradient saves: the multiplications it takes to get every parameter's gradient
 * by backpropagation (each layer's δ is computed once and reused by every parameter below it) and
 * naively (each parameter's gradient is worked out on its own, redoing the chain from the loss down
 * to its layer and reusing nothing from the other parameters). The counts follow from the shape
 * alone (they do not depend on the numbers), so even a large network is counted at once; the
 * forward pass, the same for both, is not counted. A test holds them to code that really computes
 * the gradient both ways, counting as it goes.
 */
public final class GradientCost {
    private GradientCost() {
    }

    /** The counts for one network size: its parameters, and the multiplications each way takes for one sample. */
    public record Point(int parameters, long backprop, long naive) {
    }

    /**
     * The counts for networks like {@code shape} with 1 to {@code maxHidden} hidden layers of
     * {@code width} units each (same inputs, outputs, activations and loss), for one sample.
     */
    public static java.util.List<Point> growth(NetworkShape shape, int width, int maxHidden) {
        java.util.List<Point> points = new java.util.ArrayList<>();
        Activation hidden = shape.layers() > 1 ? shape.activation(0) : Activation.SIGMOID;
        for (int h = 1; h <= maxHidden; h++) {
            int[] units = new int[h + 1];
            Activation[] activations = new Activation[h + 1];
            boolean[] trainBias = new boolean[h + 1];
            java.util.Arrays.fill(units, width);
            java.util.Arrays.fill(activations, hidden);
            java.util.Arrays.fill(trainBias, true);
            units[h] = shape.outputs();
            activations[h] = shape.activation(shape.layers() - 1);
            points.add(of(new NetworkShape(shape.inputs(), units, activations, shape.loss(), trainBias)));
        }
        return points;
    }

    /** The counts for {@code shape} and one sample. */
    public static Point of(NetworkShape shape) {
        long cached = allDeltasDownTo(shape, 0);
        long naive = 0;
        for (int l = 0; l < shape.layers(); l++) {
            long weights = (long) shape.units(l) * shape.fanIn(l);
            cached += weights;
            long unit = unitFromScratch(shape, l);
            naive += weights * (unit + 1) + (shape.trainsBias(l) ? shape.units(l) * unit : 0);
        }
        return new Point(shape.parameterCount(), cached, naive);
    }

    /**
     * Multiplications to get one weight of {@code layer} on its own, for one sample: the δ of its
     * unit from scratch, then δ·a.
     */
    public static long naiveForOneWeight(NetworkShape shape, int layer) {
        return unitFromScratch(shape, layer) + 1;
    }

    /**
     * Multiplications for the δ of one unit of {@code layer} from scratch: an output unit needs dL/dŷ
     * (the loss's gradient times its scale) and the slope; a hidden unit needs every δ of the layer
     * above (so of all layers above), its own sum over them, and its slope.
     */
    private static long unitFromScratch(NetworkShape shape, int layer) {
        int top = shape.layers() - 1;
        return layer == top ? 2 : allDeltasDownTo(shape, layer + 1) + shape.units(layer + 1) + 1;
    }

    /** Multiplications for every δ from the output down to {@code lowest}: two per output, then per unit its sum and slope. */
    private static long allDeltasDownTo(NetworkShape shape, int lowest) {
        long count = 2L * shape.outputs();
        for (int l = shape.layers() - 1; l > lowest; l--) {
            count += (long) shape.units(l - 1) * (shape.units(l) + 1);
        }
        return count;
    }
}
