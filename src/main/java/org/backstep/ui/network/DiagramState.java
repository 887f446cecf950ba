package org.backstep.ui.network;
import org.backstep.engine.StepPlace;
import java.util.List;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Phase;
import org.backstep.engine.Quantities;
import org.backstep.engine.Working;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.ui.kit.Texts;

/**
 * What the diagram draws at one cursor position, read from the replay state alone: per node its
 * labels, value, gradient and marks; per edge its weight, gradient and marks. Built on the Swing
 * thread, then handed to the painter, which only draws.
 */
public final class DiagramState {
    /**
     * One node (column 0 = inputs, column l+1 = units of layer l): its value is the activation, or
     * the pre-activation (marked) before that is known; {@code gradient} is dL/da and
     * {@code preGradient} dL/dz. Each comes with whether it is known yet in this step.
     */
    public record Node(int column, int index, String label, double value, boolean valueKnown,
                       boolean preActivationOnly, double gradient, boolean gradientKnown, double preGradient,
                       boolean preGradientKnown, boolean active, boolean read, boolean gatedOff, boolean selected) {
    }

    /** One edge from node {@code from} of column {@code column} to node {@code to} of column+1. */
    public record Edge(int column, int from, int to, double weight, double gradient, boolean gradientKnown,
                       boolean active, boolean read) {
    }

    private final Node[][] nodes;
    private final Edge[][][] edges;
    private final Phase phase;
    private final int sample;
    private final int samples;
    private final String caption;
    private final String sampleCaption;

    private DiagramState(Node[][] nodes, Edge[][][] edges, Phase phase, int sample, int samples, String caption,
                         String sampleCaption) {
        this.nodes = nodes;
        this.edges = edges;
        this.phase = phase;
        this.sample = sample;
        this.samples = samples;
        this.caption = caption;
        this.sampleCaption = sampleCaption;
    }

    /**
     * @param sample         the sample to show ({@code StepSession.shownSample()})
     * @param selectedColumn the column of a node the user clicked, or -1
     */
    public static DiagramState of(Texts texts, Lesson lesson, ReplayCursor cursor, int sample, int selectedColumn,
                                  int selectedIndex) {
        Quantities q = cursor.log().quantities();
        NetworkShape shape = q.shape();
        int active = cursor.activeSlot();
        boolean[] read = new boolean[q.slotCount()];
        if (active >= 0) {
            for (Working.Read operand : cursor.activeWorking().reads()) {
                read[operand.slot()] = true;
            }
        }
        Node[][] nodes = new Node[shape.layers() + 1][];
        nodes[0] = new Node[shape.inputs()];
        for (int j = 0; j < shape.inputs(); j++) {
            int slot = q.inputSlot(sample, j);
            nodes[0][j] = new Node(0, j, lesson.inputNames().get(j), cursor.value(slot), true, false, 0, false, 0,
                    false, false, read[slot], false, selectedColumn == 0 && selectedIndex == j);
        }
        Edge[][][] edges = new Edge[shape.layers()][][];
        for (int l = 0; l < shape.layers(); l++) {
            List<String> names = lesson.unitNames().get(l);
            nodes[l + 1] = new Node[shape.units(l)];
            edges[l] = new Edge[shape.units(l)][shape.fanIn(l)];
            for (int i = 0; i < shape.units(l); i++) {
                int z = q.preActivationSlot(sample, l, i);
                int a = q.activationSlot(sample, l, i);
                int dz = q.preActivationGradientSlot(sample, l, i);
                int da = q.activationGradientSlot(sample, l, i);
                int b = q.parameterSlot(shape.biasIndex(l, i));
                double value = cursor.isKnown(a) ? cursor.value(a) : cursor.value(z);
                boolean isActive = active == z || active == a || active == dz || active == da || active == b
                        || active == q.gradientSlot(shape.biasIndex(l, i));
                boolean gated = cursor.isKnown(z) && shape.activation(l).closesGate(cursor.value(z));
                nodes[l + 1][i] = new Node(l + 1, i, names.get(i), value, cursor.isKnown(a) || cursor.isKnown(z),
                        !cursor.isKnown(a) && cursor.isKnown(z), cursor.value(da), cursor.isKnown(da),
                        cursor.value(dz), cursor.isKnown(dz), isActive,
                        read[z] || read[a] || read[dz] || read[da] || read[b], gated,
                        selectedColumn == l + 1 && selectedIndex == i);
                for (int j = 0; j < shape.fanIn(l); j++) {
                    int w = shape.weightIndex(l, i, j);
                    int g = q.gradientSlot(w);
                    edges[l][i][j] = new Edge(l, j, i, cursor.value(q.parameterSlot(w)), cursor.value(g),
                            cursor.isKnown(g), active == w || active == g, read[q.parameterSlot(w)] || read[g]);
                }
            }
        }
        return new DiagramState(nodes, edges, cursor.phase(), sample, q.samples(), caption(texts, cursor, q),
                sampleCaption(texts, cursor, sample, q.samples()));
    }

    /**
     * "sample 3 of 4" (null with one sample); in a batch smaller than the data, also where the
     * sample comes in it: "sample 7 of 8 · 2 of 4 in this batch".
     */
    private static String sampleCaption(Texts texts, ReplayCursor cursor, int sample, int samples) {
        if (samples < 2) {
            return null;
        }
        if (cursor.size() > 0) {
            StepPlace place = cursor.log().place(cursor.atStart() ? 0 : cursor.position());
            if (place.batchSize() < samples && place.positionOf(sample) >= 0) {
                return texts.format("network.sample.batch", sample + 1, samples, place.positionOf(sample) + 1,
                        place.batchSize());
            }
        }
        return texts.format("network.sample", sample + 1, samples);
    }

    private static String caption(Texts texts, ReplayCursor cursor, Quantities q) {
        int loss = q.lossSlot();
        return cursor.isKnown(loss) ? "L = " + texts.number(cursor.value(loss)) : null;
    }

    public Node node(int column, int index) {
        return nodes[column][index];
    }

    public int columns() {
        return nodes.length;
    }

    public int nodesIn(int column) {
        return nodes[column].length;
    }

    /** Edge into unit {@code to} of layer {@code layer} from unit {@code from} of the column before. */
    public Edge edge(int layer, int to, int from) {
        return edges[layer][to][from];
    }

    /** The phase of the active event, or null at the start. */
    public Phase phase() {
        return phase;
    }

    public int sample() {
        return sample;
    }

    /** How many samples the lesson has (the diagram shows one at a time). */
    public int samples() {
        return samples;
    }

    /** Which sample the diagram shows, and where it comes in its batch, or null with one sample. */
    public String sampleCaption() {
        return sampleCaption;
    }

    /** A line to draw beside the output (the loss while it is being computed), or null. */
    public String caption() {
        return caption;
    }
}
