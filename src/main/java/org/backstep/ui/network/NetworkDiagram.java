package org.backstep.ui.network;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.BiConsumer;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Quantities;
import org.backstep.lesson.QuantityNames;
import org.backstep.replay.ReplayCursor;
import org.backstep.ui.kit.FocusRepaint;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Appearance;

/**
 * The network as a picture of the replay state. Hover a node or edge for its exact numbers;
 * click a node to select it (the tables and maths follow); double-click a node or edge to edit the
 * number behind it; right-click an edge (a weight) or a node (its bias) to show it on the loss landscape.
 */
public final class NetworkDiagram extends JComponent implements javax.accessibility.Accessible {
    /** Told which node the user selected: column (0 = inputs) and index. */
    public interface SelectionListener {
        void nodeSelected(int column, int index);
    }

    private final StepSession session;
    private NetworkLayout layout;
    private NetworkPainter painter;
    private DiagramState state;
    private int selectedColumn = -1;
    private int selectedIndex = -1;
    private final Texts texts;
    private final Appearance appearance;
    private SelectionListener selectionListener = (c, i) -> { };
    private BiConsumer<int[], Boolean> editRequest = (target, isEdge) -> { };
    private final org.backstep.ui.kit.Commands commands;
    /** The student's choice of View ▸ Numbers on the edges; null until chosen (then by the network's size). */
    private Boolean edgeLabelsChosen;
    private Runnable relabelListener = () -> { };
    private final LandscapeMenu landscapeMenu;

    public NetworkDiagram(UiContext ui, StepSession session) {
        this.session = session;
        this.texts = ui.texts();
        this.appearance = ui.appearance();
        this.commands = ui.commands();
        this.landscapeMenu = new LandscapeMenu(texts, session);
        commands.define(org.backstep.ui.kit.Command.EDGE_LABELS, () -> {
            edgeLabelsChosen = !painter.edgeLabels();
            relabel();
            repaint();
        });
        setName("network.diagram");
        setFocusable(true);
        setPreferredSize(new Dimension(520, 360));
        setMinimumSize(new Dimension(280, 200));
        ToolTipManager.sharedInstance().registerComponent(this);
        getAccessibleContext().setAccessibleName(texts.get("network.accessibleName"));
        setToolTipText(texts.get("network.tip"));
        session.addListener((change, origin) -> {
            if (change == StepSession.Change.LESSON) {
                relayout();
            }
            refresh();
        });
        FocusRepaint.install(this);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                NetworkPainter.Geometry geo = painter.geometry(getWidth(), getHeight());
                int[] node = painter.nodeAt(geo, e.getX(), e.getY());
                if (e.isPopupTrigger()) {
                    showLandscapeMenu(e);
                    return;
                }
                if (e.getClickCount() >= 2) {
                    int[] edge = node == null ? painter.edgeAt(geo, e.getX(), e.getY(), 5) : null;
                    if (node != null || edge != null) {
                        editRequest.accept(node != null ? node : edge, edge != null);
                    }
                    return;
                }
                if (node != null) {
                    select(node[0], node[1]);
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                // Where the menu opens as the button comes up (Windows).
                if (e.isPopupTrigger()) {
                    showLandscapeMenu(e);
                }
            }
        });
        relayout();
        refresh();
    }

    private void relayout() {
        layout = new NetworkLayout(session.lesson().shape());
        relabel();
        selectedColumn = -1;
        selectedIndex = -1;
    }

    private void showLandscapeMenu(MouseEvent e) {
        NetworkPainter.Geometry geo = painter.geometry(getWidth(), getHeight());
        int[] node = painter.nodeAt(geo, e.getX(), e.getY());
        int[] edge = node == null ? painter.edgeAt(geo, e.getX(), e.getY(), 5) : null;
        landscapeMenu.show(this, landscapeMenu.parameterOf(node, edge), e.getX(), e.getY());
    }

    /** Called with a trained parameter (a weight or a bias) the user wants on the landscape, and the axis. */
    public void setLandscapeRequest(java.util.function.BiConsumer<Integer, org.backstep.ui.session.LandscapeChoice.Axis> request) {
        landscapeMenu.setRequest(request);
    }

    /** Whether the edges carry their numbers now (View ▸ Numbers on the edges). */
    public boolean edgeLabelsShown() {
        return painter.edgeLabels();
    }

    /** Told when the edges' numbers are switched on or off. */
    public void onRelabel(Runnable listener) {
        relabelListener = listener;
    }

    private void relabel() {
        painter = new NetworkPainter(texts, layout,
                edgeLabelsChosen != null ? edgeLabelsChosen : NetworkPainter.labelsByDefault(layout));
        commands.select(org.backstep.ui.kit.Command.EDGE_LABELS, painter.edgeLabels());
        relabelListener.run();
    }

    /** Rebuilds what is drawn from the session's cursor and repaints. */
    public void refresh() {
        state = DiagramState.of(texts, session.lesson(), session.cursor(), session.shownSample(), selectedColumn,
                selectedIndex);
        // Setting the description fires the change a screen reader speaks (once: firing again repeats it).
        getAccessibleContext().setAccessibleDescription(describe());
        repaint();
    }

    public void select(int column, int index) {
        selectedColumn = column;
        selectedIndex = index;
        refresh();
        selectionListener.nodeSelected(column, index);
    }

    public void setSelectionListener(SelectionListener listener) {
        this.selectionListener = listener;
    }

    /** Called with {column, index} of a node or {layer, to, from} of an edge the user wants to edit. */
    public void setEditRequest(BiConsumer<int[], Boolean> request) {
        this.editRequest = request;
    }

    public DiagramState state() {
        return state;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            painter.paint(g2, state, getWidth(), getHeight(), appearance.zoom());
            if (hasFocus()) {
                // Keyboard users must see where the focus is.
                g2.setColor(javax.swing.UIManager.getColor("Component.focusColor"));
                g2.setStroke(new java.awt.BasicStroke(2f * appearance.zoom()));
                g2.drawRect(1, 1, getWidth() - 3, getHeight() - 3);
            }
        } finally {
            g2.dispose();
        }
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        NetworkPainter.Geometry geo = painter.geometry(getWidth(), getHeight());
        int[] node = painter.nodeAt(geo, e.getX(), e.getY());
        if (node != null) {
            return nodeTip(node[0], node[1]);
        }
        int[] edge = painter.edgeAt(geo, e.getX(), e.getY(), 5);
        return edge == null ? null : edgeTip(edge[0], edge[1], edge[2]);
    }

    private String nodeTip(int column, int index) {
        ReplayCursor cursor = session.cursor();
        Quantities q = cursor.log().quantities();
        int sample = session.shownSample();
        StringBuilder sb = new StringBuilder("<html><b>").append(state.node(column, index).label()).append("</b>");
        if (column == 0) {
            line(sb, cursor, q.inputSlot(sample, index));
        } else {
            int l = column - 1;
            NetworkShape shape = q.shape();
            line(sb, cursor, q.preActivationSlot(sample, l, index));
            line(sb, cursor, q.activationSlot(sample, l, index));
            line(sb, cursor, q.parameterSlot(shape.biasIndex(l, index)));
            line(sb, cursor, q.activationGradientSlot(sample, l, index));
            line(sb, cursor, q.preActivationGradientSlot(sample, l, index));
            sb.append("<br><i>").append(shape.activation(l).forwardLine().plain()).append("</i>");
        }
        return sb.append("<br>").append(texts.get("network.editHint")).append("</html>").toString();
    }

    private String edgeTip(int layer, int to, int from) {
        ReplayCursor cursor = session.cursor();
        Quantities q = cursor.log().quantities();
        int w = q.shape().weightIndex(layer, to, from);
        StringBuilder sb = new StringBuilder("<html>");
        line(sb, cursor, q.parameterSlot(w));
        line(sb, cursor, q.gradientSlot(w));
        return sb.append("<br>").append(texts.get("network.editHint")).append("<br>")
                .append(texts.get("network.landscapeHint")).append("</html>").toString();
    }

    /** "w(x1→h1) = 0.5 (W1[0][0])": the window's name first, the trace's after it. */
    private void line(StringBuilder sb, ReplayCursor cursor, int slot) {
        QuantityNames names = new QuantityNames(session.lesson(), cursor.log().quantities());
        String value = cursor.isKnown(slot) ? texts.localDecimals(Double.toString(cursor.value(slot)))
                : texts.get("value.unknown");
        sb.append("<br>").append(Texts.escapeHtml(names.shown(slot))).append(" = ").append(value)
                .append(" (").append(Texts.escapeHtml(names.traced(slot))).append(')');
    }

    private int nodeCount() {
        int count = 0;
        for (int c = 0; c < state.columns(); c++) {
            count += state.nodesIn(c);
        }
        return count;
    }

    private AccessibleNode accessibleNode(int i) {
        NetworkPainter.Geometry geo = painter.geometry(getWidth(), getHeight());
        int rest = i;
        int column = 0;
        while (rest >= state.nodesIn(column)) {
            rest -= state.nodesIn(column);
            column++;
        }
        return new AccessibleNode(this, i, state.node(column, rest), geo.centre(layout, column, rest), geo.radius());
    }

    /** The current step in words, for screen readers. */
    /** The texts of the window the diagram is in. */
    Texts texts() {
        return texts;
    }

    private String describe() {
        return StepWords.describe(texts, session.lesson(), session.cursor());
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.CANVAS;
                }

                // One child per node, in reading order (column by column), made from the current state.
                @Override
                public int getAccessibleChildrenCount() {
                    return state == null ? 0 : nodeCount();
                }

                @Override
                public javax.accessibility.Accessible getAccessibleChild(int i) {
                    return state == null || i < 0 || i >= nodeCount() ? null : accessibleNode(i);
                }
            };
        }
        return accessibleContext;
    }
}
