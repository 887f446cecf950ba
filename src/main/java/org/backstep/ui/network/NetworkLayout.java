package org.backstep.ui.network;

import org.backstep.engine.NetworkShape;

/**
 * Where each node of a network sits, computed once per lesson in a unit square so that nothing
 * moves while stepping: column 0 holds the inputs, column l+1 the units of layer l, each column
 * spread evenly from top to bottom.
 */
public final class NetworkLayout {
    private final int[] columnSizes;
    private final int widest;

    public NetworkLayout(NetworkShape shape) {
        columnSizes = new int[shape.layers() + 1];
        columnSizes[0] = shape.inputs();
        int most = shape.inputs();
        for (int l = 0; l < shape.layers(); l++) {
            columnSizes[l + 1] = shape.units(l);
            most = Math.max(most, shape.units(l));
        }
        widest = most;
    }

    public int columns() {
        return columnSizes.length;
    }

    public int nodesIn(int column) {
        return columnSizes[column];
    }

    /** Horizontal centre of a column, 0..1, with room for labels at both sides. */
    public double x(int column) {
        return columnSizes.length == 1 ? 0.5 : 0.1 + 0.8 * column / (columnSizes.length - 1);
    }

    /** Vertical centre of node {@code index} of a column, 0..1. */
    public double y(int column, int index) {
        int n = columnSizes[column];
        return (index + 1.0) / (n + 1.0);
    }

    /** The number of nodes in the fullest column. */
    public int widestColumn() {
        return widest;
    }
}
