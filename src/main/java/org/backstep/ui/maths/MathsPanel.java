package org.backstep.ui.maths;

import java.awt.Color;
import java.awt.Font;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.backstep.engine.EquationLine;
import org.backstep.engine.WorkingText;
import org.backstep.lesson.QuantityNames;
import org.backstep.replay.LogSearch;
import org.backstep.replay.ReplayCursor;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.kit.UiContext;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Appearance;
import org.backstep.ui.theme.Themes;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * The chain rule, unrolled: every equation line the lesson's step uses, typeset, in the order the
 * step first uses them. The line the active event instantiates is highlighted, and under it the
 * same line with the event's numbers substituted and its result.
 */
public final class MathsPanel extends JPanel {
    private final StepSession session;
    private final Texts texts;
    private final Appearance appearance;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, TeXIcon> icons = new java.util.HashMap<>();
    private final JLabel substituted = new JLabel();
    /** The trace's name of what the substituted line computes, dim under it: the window's name comes first. */
    private final JLabel traced = new JLabel();
    private final JLabel heading = new JLabel();
    private Set<String> selectedLines = Set.of();
    /** The recording whose lines are shown; a new recording (edit, epoch, lesson) rebuilds them. */
    private Object shownLog;

    private static final class Row {
        final EquationLine line;
        final JLabel title = new JLabel();
        final JLabel formula = new JLabel();

        Row(Texts texts, EquationLine line) {
            this.line = line;
            // The engine names its lines in English; the bundle has them in the user's language.
            String name = texts.getOr("equation." + line.id(), line.title());
            title.setText(name);
            formula.getAccessibleContext().setAccessibleName(name + ": " + line.plain());
            formula.setToolTipText(line.plain());
            formula.setOpaque(true);
        }
    }

    /** JLaTeXMath's fonts and tables load once, in about half a second; see {@link #warmUpInBackground}. */
    private static volatile java.util.concurrent.CompletableFuture<Void> warmUp;

    /**
     * Loads JLaTeXMath on another thread while the rest of the window starts. Typesetting is not
     * Swing, so it may run off the Swing thread; the panel waits for it before its first formula.
     */
    public static void warmUpInBackground() {
        if (warmUp == null) {
            warmUp = java.util.concurrent.CompletableFuture.runAsync(
                    () -> new TeXFormula("\\frac{\\partial L}{\\partial w} = \\sigma(z)\\cdot\\sum_i x_i")
                            .createTeXIcon(TeXConstants.STYLE_TEXT, 15f),
                    task -> {
                        Thread t = new Thread(task, "backstep-typesetting-warm-up");
                        t.setDaemon(true);
                        t.start();
                    });
        }
    }

    public MathsPanel(UiContext ui, StepSession session) {
        this.session = session;
        this.texts = ui.texts();
        this.appearance = ui.appearance();
        setName("maths.panel");
        getAccessibleContext().setAccessibleName(texts.get("maths.accessibleName"));
        setToolTipText(texts.get("maths.tip"));
        substituted.setName("maths.substituted");
        substituted.getAccessibleContext().setAccessibleName(texts.get("maths.substituted"));
        traced.setName("maths.traced");
        traced.setToolTipText(texts.get("maths.traced.tip"));
        session.addListener((change, origin) -> refresh());
        refresh();
    }

    /** Marks the lines that compute anything about the given quantities (a clicked node). */
    public void selectLinesFor(Set<String> equationIds) {
        selectedLines = Set.copyOf(equationIds);
        refresh();
    }

    private void rebuild() {
        if (warmUp != null) {
            warmUp.join();
        }
        removeAll();
        rows.clear();
        setLayout(new MigLayout("wrap 1, fillx, insets 6 8 6 8, gap 0 2", "[grow, fill]"));
        heading.setText(texts.get("maths.heading"));
        heading.putClientProperty("FlatLaf.style", "font: bold");
        add(heading, "gapbottom 4");
        for (EquationLine line : LogSearch.linesInOrder(session.log())) {
            rows.put(line.id(), new Row(texts, line));
        }
        for (Row row : rows.values()) {
            row.title.putClientProperty("FlatLaf.style", "font: -1");
            add(row.title, "gaptop 3");
            add(row.formula);
        }
        add(substituted, "hidemode 3");
        add(traced, "hidemode 3");
        shownLog = session.log();
    }

    /** Brings the panel up to date with the session (called on every change, on the Swing thread). */
    public void refresh() {
        if (shownLog != session.log()) {
            rebuild();
        }
        ReplayCursor cursor = session.cursor();
        EquationLine active = cursor.activeEquation();
        Color text = Themes.color("Backstep.maths.text");
        Color activeText = Themes.color("Backstep.maths.activeText");
        Color highlight = Themes.color("Backstep.maths.highlight");
        float size = 15f * appearance.zoom();
        for (Row row : rows.values()) {
            boolean isActive = active != null && active.id().equals(row.line.id());
            row.formula.setIcon(icon(row.line, isActive ? activeText : text, size));
            row.formula.setBackground(isActive ? highlight : UIManager.getColor("Panel.background"));
            row.formula.setBorder(selectedLines.contains(row.line.id())
                    ? BorderFactory.createMatteBorder(0, 4, 0, 0, Themes.color("Backstep.selected"))
                    : BorderFactory.createEmptyBorder(0, 4, 0, 0));
        }
        String expression = null;
        if (!cursor.atStart()) {
            // Written with the window's name of the quantity (w(x1→h1)), the trace's (W1[0][0]) dim below.
            int slot = cursor.activeSlot();
            QuantityNames names = new QuantityNames(session.lesson(), cursor.log().quantities());
            expression = WorkingText.line(names.shown(slot), cursor.activeWorking(), cursor.log().value(cursor.position()),
                    cursor.log().quantities().assigns(slot));
            traced.setText(texts.format("maths.traced", names.traced(slot)));
        }
        substituted.setVisible(expression != null);
        traced.setVisible(expression != null);
        substituted.setText(expression == null ? "" : texts.localFormula(expression));
        if (active != null) {
            // Keep the substituted line right under the highlighted one.
            remove(substituted);
            remove(traced);
            Row row = rows.get(active.id());
            int at = getComponentZOrder(row.formula) + 1;
            add(substituted, "gapleft 12", at);
            add(traced, "gapleft 12, gapbottom 4", at + 1);
        }
        substituted.setFont(UIManager.getFont("defaultFont").deriveFont(Font.BOLD));
        traced.setForeground(UIManager.getColor("Label.disabledForeground"));
        revalidate();
        repaint();
        if (active != null) {
            // After layout, so the highlighted line and its numbers are scrolled into view.
            javax.swing.SwingUtilities.invokeLater(() -> {
                Row row = rows.get(active.id());
                if (row != null && substituted.isVisible()) {
                    java.awt.Rectangle r = row.formula.getBounds().union(substituted.getBounds()).union(traced.getBounds());
                    scrollRectToVisible(r);
                }
            });
        }
    }

    /** Typesetting takes about a millisecond a line, so each line is set once per colour and size. */
    private TeXIcon icon(EquationLine line, Color color, float size) {
        String key = line.id() + '|' + color.getRGB() + '|' + size;
        return icons.computeIfAbsent(key, k -> {
            TeXIcon icon = new TeXFormula(line.latex()).createTeXIcon(TeXConstants.STYLE_TEXT, size);
            icon.setForeground(color);
            return icon;
        });
    }

    /** The id of the highlighted line, or null. */
    public String activeLineId() {
        EquationLine active = session.cursor().activeEquation();
        return active == null ? null : active.id();
    }

    public Set<String> selectedLineIds() {
        return new HashSet<>(selectedLines);
    }
}
