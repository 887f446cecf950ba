package org.backstep.ui;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.backstep.replay.LogSearch;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.maths.MathsPanel;
import org.backstep.ui.network.DiagramLegend;
import org.backstep.ui.network.NetworkDiagram;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.transport.TransportBar;
import org.backstep.ui.values.QuantityTable;
import org.backstep.ui.walkthrough.WalkthroughPanel;

/** The step debugger: the network, the maths, the two tables and the transport, all at once. */
final class DebuggerPanel extends JPanel {
    final NetworkDiagram diagram;
    final DiagramLegend legend;
    /** The diagram with its legend under it. */
    private final JPanel picture;
    final MathsPanel maths;
    final WalkthroughPanel guide;
    final QuantityTable values;
    final QuantityTable gradients;
    final TransportBar transport;
    private final StepSession session;
    private final Appearance appearance;
    private final JPanel right;
    private final JPanel valuesPanel;
    private final JPanel gradientsPanel;
    private boolean oneColumn;

    DebuggerPanel(UiContext ui, StepSession session) {
        this.session = session;
        this.appearance = ui.appearance();
        setName("debugger");
        diagram = new NetworkDiagram(ui, session);
        maths = new MathsPanel(ui, session);
        values = new QuantityTable(ui.texts(), session, QuantityTable.Kind.VALUES);
        gradients = new QuantityTable(ui.texts(), session, QuantityTable.Kind.GRADIENTS);
        transport = new TransportBar(ui, session);
        diagram.setSelectionListener(this::selectNode);
        legend = new DiagramLegend(ui, session, diagram);
        diagram.onRelabel(() -> legend.refresh(diagram));
        picture = new JPanel(new MigLayout("insets 0, fill, wrap 1, gap 0 2", "[grow, fill]", "[grow, fill][]"));
        picture.add(diagram, "wmin 300, hmin 180");
        picture.add(legend, "wmin 0");

        JScrollPane mathsScroll = new JScrollPane(maths);
        mathsScroll.setBorder(null);
        mathsScroll.getVerticalScrollBar().setUnitIncrement(16);
        guide = new WalkthroughPanel(ui, session);
        // The lesson guide sits above the maths it talks about; it is hidden when the lesson has none.
        right = new JPanel(new MigLayout("insets 0, fill, wrap 1, hidemode 3, gap 0 0", "[grow, fill]",
                "[][grow, fill]"));
        right.add(guide);
        right.add(mathsScroll, "hmin 120");
        valuesPanel = titled(values, ui.texts().get("values.title"));
        gradientsPanel = titled(gradients, ui.texts().get("gradients.title"));
        arrange();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // A new zoom may need the other arrangement (called before the fields are set, too).
        if (gradientsPanel != null) {
            arrange();
        }
    }

    /**
     * Two columns up to 225 % zoom. Beyond, two columns no longer fit a lab screen's width, so
     * one column: the diagram (three fifths of the screen's height), the guide and the maths, each
     * table and the transport, each at the window's full width. The page then scrolls down only,
     * and the guide's text is never cut at the right edge.
     */
    private void arrange() {
        boolean oneColumn = appearance.oneColumn();
        if (getComponentCount() > 0 && oneColumn == this.oneColumn) {
            return;
        }
        this.oneColumn = oneColumn;
        // Taking the panels out would drop the keyboard focus (on the diagram, say): it is given back.
        java.awt.Component focused = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        boolean focusInside = focused != null && javax.swing.SwingUtilities.isDescendingFrom(focused, this);
        removeAll();
        if (oneColumn) {
            setLayout(new MigLayout("insets 0, fillx, wrap 1, gap 6 8", "[grow, fill]", ""));
            add(picture, "wmin 300, h 60sp!");
            add(right, "wmin 0");
            add(valuesPanel, "h 150!");
            add(gradientsPanel, "h 150!");
            add(transport, "growx");
        } else {
            setLayout(new MigLayout("insets 0, fill, gap 6 4", "[60%, grow 60, fill][40%, grow 40, fill]",
                    "[grow 65, fill][grow 35, fill][]"));
            add(picture, "wmin 300, hmin 200");
            add(right, "wrap");
            add(valuesPanel, "hmin 90");
            add(gradientsPanel, "hmin 90, wrap");
            add(transport, "span, growx");
        }
        revalidate();
        if (focusInside) {
            focused.requestFocusInWindow();
        }
    }

    private static JPanel titled(QuantityTable table, String title) {
        JPanel panel = new JPanel(new MigLayout("insets 0, fill, gap 0 2", "[grow, fill]", "[][grow, fill]"));
        JLabel label = new JLabel(title);
        label.setLabelFor(table);
        panel.add(label, "wrap");
        panel.add(new JScrollPane(table), "hmin 60");
        return panel;
    }

    private void selectNode(int column, int index) {
        values.selectNode(column, index);
        gradients.selectNode(column, index);
        maths.selectLinesFor(LogSearch.linesOfNode(session.log(), column, index));
    }
}
