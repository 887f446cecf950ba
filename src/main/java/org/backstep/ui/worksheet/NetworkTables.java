package org.backstep.ui.worksheet;

import org.backstep.engine.NetworkShape;
import org.backstep.lesson.worksheet.PrintedNetwork;

/**
 * The network's numbers as tables, beside the drawing: a row per unit with the weights it reads
 * and its bias, and a row per sample with its inputs and targets. A deep or wide network crowds
 * its edges; the tables keep every number legible whatever the drawing manages.
 */
final class NetworkTables {
    private final SheetWords words;
    private final PrintedNetwork net;

    NetworkTables(SheetWords words, PrintedNetwork net) {
        this.words = words;
        this.net = net;
    }

    /** Layer {@code layer}'s weights and biases; the first row and column are headings. */
    String[][] parameters(int layer) {
        NetworkShape shape = net.shape();
        int fanIn = shape.fanIn(layer);
        String[][] rows = new String[shape.units(layer) + 1][fanIn + 2];
        rows[0][0] = words.get("worksheet.table.intoFrom");
        for (int j = 0; j < fanIn; j++) {
            rows[0][j + 1] = layer == 0 ? net.inputNames().get(j) : net.unitNames(layer - 1).get(j);
        }
        rows[0][fanIn + 1] = words.get("worksheet.table.bias");
        for (int i = 0; i < shape.units(layer); i++) {
            rows[i + 1][0] = net.unitNames(layer).get(i);
            for (int j = 0; j < fanIn; j++) {
                rows[i + 1][j + 1] = words.number(net.weight(layer, i, j));
            }
            rows[i + 1][fanIn + 1] = words.number(net.bias(layer, i));
        }
        return rows;
    }

    /** Every sample's inputs and targets. */
    String[][] data() {
        NetworkShape shape = net.shape();
        String[][] rows = new String[net.samples() + 1][1 + shape.inputs() + shape.outputs()];
        rows[0][0] = words.get("worksheet.table.sample");
        for (int j = 0; j < shape.inputs(); j++) {
            rows[0][1 + j] = net.inputNames().get(j);
        }
        for (int k = 0; k < shape.outputs(); k++) {
            rows[0][1 + shape.inputs() + k] = words.texts().format("worksheet.table.target",
                    net.unitNames(shape.layers() - 1).get(k));
        }
        for (int s = 0; s < net.samples(); s++) {
            rows[s + 1][0] = String.valueOf(s + 1);
            for (int j = 0; j < shape.inputs(); j++) {
                rows[s + 1][1 + j] = words.number(net.input(s, j));
            }
            for (int k = 0; k < shape.outputs(); k++) {
                rows[s + 1][1 + shape.inputs() + k] = words.number(net.target(s, k));
            }
        }
        return rows;
    }
}
