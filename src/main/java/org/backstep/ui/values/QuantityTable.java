package org.backstep.ui.values;

import java.awt.Component;
import java.awt.Font;
import java.awt.KeyboardFocusManager;
import java.util.List;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import org.backstep.replay.ReplayCursor;
import org.backstep.ui.kit.TextColumns;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.StepSession;
import org.backstep.ui.theme.Themes;

/**
 * A table of quantities at the cursor: the window's name (w(x1→h1), "h1 after ReLU"), the trace's
 * name (W1[0][0], dimmer: it is for the command line and files), value. Values not yet computed in this step
 * read "not yet" (never zero); the row the active event writes is highlighted; Tab leaves the
 * table instead of walking its cells.
 */
public final class QuantityTable extends JTable {
    /** Which list of rows a table shows. */
    public enum Kind { VALUES, GRADIENTS }

    private final StepSession session;
    private final Texts texts;
    private final Kind kind;
    private final Model model;
    private List<QuantityRows.Row> rows = List.of();
    private int rowsForSample = -1;
    private Object rowsForLog;
    private QuantityWords words;

    public QuantityTable(Texts texts, StepSession session, Kind kind) {
        this.session = session;
        this.texts = texts;
        this.model = new Model();
        this.kind = kind;
        setModel(model);
        setName(kind == Kind.VALUES ? "values.table" : "gradients.table");
        getAccessibleContext().setAccessibleName(texts.get(kind == Kind.VALUES ? "values.title" : "gradients.title"));
        setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        setFillsViewportHeight(true);
        setToolTipText(texts.get(kind == Kind.VALUES ? "values.tip" : "gradients.tip"));
        setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        setDefaultRenderer(Object.class, new Renderer());
        session.addListener((change, origin) -> refresh());
        refresh();
        getColumnModel().getColumn(0).setPreferredWidth(170);
        getColumnModel().getColumn(1).setPreferredWidth(90);
        getColumnModel().getColumn(2).setPreferredWidth(110);
    }

    public void refresh() {
        ReplayCursor cursor = session.cursor();
        int sample = session.shownSample();
        if (sample != rowsForSample || rowsForLog != session.log()) {
            rowsForSample = sample;
            rowsForLog = session.log();
            var q = session.log().quantities();
            words = new QuantityWords(texts, session.lesson(), q);
            rows = kind == Kind.VALUES ? QuantityRows.values(texts, session.lesson(), q, sample)
                    : QuantityRows.gradients(session.lesson(), q, sample);
            model.fireTableDataChanged();
        } else {
            model.fireTableRowsUpdated(0, Math.max(0, rows.size() - 1));
        }
        int active = cursor.activeSlot();
        for (int r = 0; r < rows.size(); r++) {
            if (active >= 0 && rows.get(r).slot() == active) {
                scrollRectToVisible(getCellRect(r, 0, true));
            }
        }
    }

    /** Selects the rows that belong to a diagram node. */
    public void selectNode(int column, int index) {
        clearSelection();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).column() == column && rows.get(r).index() == index) {
                addRowSelectionInterval(r, r);
            }
        }
    }

    /** The slot shown in a row (for tests and for editing); -1 for a section's heading. */
    public int slotAt(int row) {
        return rows.get(row).slot();
    }

    /** The row showing {@code slot}, or -1. */
    public int rowOf(int slot) {
        for (int r = 0; r < rows.size(); r++) {
            if (slot >= 0 && rows.get(r).slot() == slot) {
                return r;
            }
        }
        return -1;
    }

    private final class Model extends TextColumns {
        Model() {
            super(texts, "table.quantity", "table.name", "table.value");
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            QuantityRows.Row r = rows.get(row);
            if (r.heading()) {
                return column == 0 ? r.label() : "";
            }
            ReplayCursor cursor = session.cursor();
            return switch (column) {
                case 0 -> r.label();
                case 1 -> session.log().quantities().name(r.slot());
                default -> cursor.isKnown(r.slot()) ? texts.number(cursor.value(r.slot())) : texts.get("value.unknown");
            };
        }
    }

    private final class Renderer extends DefaultTableCellRenderer {
        /** The slot of the row a first-column cell was last rendered for, or -1 for other cells. */
        private int spokenSlot = -1;

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            if (rows.get(row).heading()) {
                return heading(table, selected, column);
            }
            int slot = rows.get(row).slot();
            ReplayCursor cursor = session.cursor();
            boolean active = cursor.isChangedByCurrent(slot);
            boolean known = cursor.isKnown(slot);
            if (active && !selected) {
                setBackground(Themes.color("Backstep.active"));
                setForeground(Themes.color("Backstep.activeText"));
            } else if (!selected) {
                setBackground(table.getBackground());
                // The trace's name is the secondary label: dimmer than the window's name beside it.
                setForeground(!known ? Themes.color("Backstep.unknown")
                        : column == 1 ? UIManager.getColor("Label.disabledForeground") : table.getForeground());
            }
            setFont(getFont().deriveFont(active ? Font.BOLD : known ? Font.PLAIN : Font.ITALIC));
            setHorizontalAlignment(column == 2 ? RIGHT : LEFT);
            setToolTipText(column == 2 && known ? Double.toString(cursor.value(slot)) : null);
            spokenSlot = column == 0 ? slot : -1;
            return this;
        }

        /** A section's heading: bold words in the first column, nothing to highlight. */
        private Component heading(JTable table, boolean selected, int column) {
            if (!selected) {
                setBackground(table.getBackground());
                setForeground(table.getForeground());
            }
            setFont(getFont().deriveFont(Font.BOLD));
            setHorizontalAlignment(LEFT);
            setToolTipText(column == 0 ? texts.get("values.optimizerState.tip") : null);
            spokenSlot = -1;
            return this;
        }

        /**
         * A screen reader reads the focused cell, which is in the first column, so that cell says
         * the whole row. Worked out when asked, not set as the name: a name change fires an event,
         * and the renderer is asked for every cell the reader looks at.
         */
        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJLabel() {
                    @Override
                    public String getAccessibleName() {
                        return spokenSlot >= 0 ? spokenRow(spokenSlot) : super.getAccessibleName();
                    }
                };
            }
            return accessibleContext;
        }

        /** Worked out only when a screen reader asks, not on every paint. */
        private String spokenRow(int slot) {
            ReplayCursor cursor = session.cursor();
            String value = cursor.isKnown(slot) ? texts.number(cursor.value(slot)) : texts.get("value.unknown");
            String row = texts.format("table.row.spoken", words.name(slot), value);
            return cursor.isChangedByCurrent(slot) ? row + " " + texts.get("table.row.current") : row;
        }
    }
}
