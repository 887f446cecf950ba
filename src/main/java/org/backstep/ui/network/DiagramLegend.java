package org.backstep.ui.network;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.Phase;
import org.backstep.ui.kit.HtmlWrap;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.theme.Themes;

/**
 * The key to the diagram's lines, under it: a sample of a positive (solid) and a negative (dashed)
 * edge, and in words what an edge's thickness and its number stand for in the phase shown — the
 * weight before the backward pass, the gradient ∂L/∂w from it on. Renders the session's phase only.
 */
public final class DiagramLegend extends JPanel {
    private final Texts texts;
    private final StepSession session;
    private final JLabel words = new JLabel();

    public DiagramLegend(UiContext ui, StepSession session, NetworkDiagram diagram) {
        this.texts = ui.texts();
        this.session = session;
        setName("network.legend");
        setOpaque(false);
        setLayout(new MigLayout("insets 0 4 0 4, fillx, wrap 2, gap 12 0", "[][grow]"));
        JLabel positive = new JLabel(texts.get("legend.positive"), new LineSample(ui.appearance(), false), JLabel.LEADING);
        JLabel negative = new JLabel(texts.get("legend.negative"), new LineSample(ui.appearance(), true), JLabel.LEADING);
        positive.setName("network.legend.positive");
        negative.setName("network.legend.negative");
        add(positive);
        add(negative);
        words.setName("network.legend.words");
        add(words, "span 2, wmin 0");

        getAccessibleContext().setAccessibleName(texts.get("legend.name"));
        session.addListener((change, origin) -> refresh(diagram));
        refresh(diagram);
    }

    private int fittedWidth = -1;

    @Override
    public void updateUI() {
        super.updateUI();
        // A new zoom: the words wrap again in the new font.
        fittedWidth = -1;
    }

    /** Wraps the words to the width this legend was given, before laying them out. */
    @Override
    public void doLayout() {
        if (words != null && getWidth() != fittedWidth) {
            fittedWidth = getWidth();
            int before = words.getPreferredSize().height;
            HtmlWrap.fit(words, getWidth() - 8);
            if (words.getPreferredSize().height != before) {
                // Taller or shorter now: the panel around asks again, after this layout has finished.
                javax.swing.SwingUtilities.invokeLater(() -> {
                    revalidate();
                    // Once laid out anew, the diagram above has shrunk: both are painted again.
                    javax.swing.SwingUtilities.invokeLater(() -> getParent().repaint());
                });
            }
        }
        super.doLayout();
    }

    /** Called when the phase or the labelling may have changed. */
    public void refresh(NetworkDiagram diagram) {
        Phase phase = session.cursor().atStart() ? null : session.cursor().phase();
        boolean byGradient = phase == Phase.BACKWARD || phase == Phase.UPDATE;
        String thickness = texts.get(byGradient ? "legend.thickness.gradient" : "legend.thickness.weight");
        String numbers = !diagram.edgeLabelsShown() ? ""
                : " " + texts.get(phase == Phase.BACKWARD ? "legend.numbers.gradient" : "legend.numbers.weight");
        String said = thickness + numbers;
        if (said.equals(words.getAccessibleContext().getAccessibleName())) {
            // Most steps keep the phase: nothing to lay out again.
            return;
        }
        words.setText("<html>" + Texts.escapeHtml(said) + "</html>");
        fittedWidth = -1;
        revalidate();
        words.getAccessibleContext().setAccessibleName(said);
        getAccessibleContext().setAccessibleDescription(texts.get("legend.positive") + ", "
                + texts.get("legend.negative") + ". " + said);
    }

    /** A short stretch of edge in the edge colours, solid or dashed, scaled with the zoom. */
    private static final class LineSample implements Icon {
        private final Appearance appearance;
        private final boolean dashed;

        LineSample(Appearance appearance, boolean dashed) {
            this.appearance = appearance;
            this.dashed = dashed;
        }

        @Override
        public int getIconWidth() {
            return Math.round(28 * appearance.zoom());
        }

        @Override
        public int getIconHeight() {
            return Math.round(10 * appearance.zoom());
        }

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float zoom = appearance.zoom();
            float width = 3 * zoom;
            g2.setColor(Themes.color(dashed ? "Backstep.edge.negative" : "Backstep.edge.positive"));
            g2.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6 * zoom, 3.6f * zoom}, 0f) : new BasicStroke(width));
            int mid = y + getIconHeight() / 2;
            g2.drawLine(x, mid, x + getIconWidth(), mid);
            g2.dispose();
        }
    }
}
