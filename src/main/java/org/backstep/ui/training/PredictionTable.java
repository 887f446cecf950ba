package org.backstep.ui.training;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.backstep.lesson.Lesson;
import org.backstep.ui.kit.Texts;
import org.backstep.ui.session.FinalPredictions;

/**
 * Every sample after a run: its number, its inputs under the lesson's names, and for each output
 * the prediction beside the target. Empty until a run ends. A screen reader reads the focused
 * first cell, which says the whole row; Tab leaves the table instead of walking its cells.
 */
final class PredictionTable extends JTable {
    /** The table asks for room for this many rows; more scroll. */
    private static final int VISIBLE_ROWS = 4;
    /** Columns the table makes room for; more scroll sideways. */
    private static final int WIDEST = 8;

    private final Texts texts;
    private final Model model = new Model();
    private List<String> inputNames = List.of();
    private List<String> outputNames = List.of();
    private FinalPredictions shown;

    PredictionTable(Texts texts) {
        this.texts = texts;
        setModel(model);
        setName("training.predictions");
        getAccessibleContext().setAccessibleName(texts.get("training.table.name"));
        setToolTipText(texts.get("training.table.tip"));
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setFillsViewportHeight(true);
        setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        setDefaultRenderer(Object.class, new Renderer());
        getTableHeader().setReorderingAllowed(false);
    }

    /** The columns of {@code lesson}, no rows: nothing trained yet. */
    void clear(Lesson lesson) {
        List<List<String>> units = lesson.unitNames();
        setColumns(lesson.inputNames(), units.get(units.size() - 1));
        shown = null;
        model.fireTableDataChanged();
    }

    /** One row per sample of a finished run. */
    void show(FinalPredictions predictions) {
        setColumns(predictions.inputNames(), predictions.outputNames());
        shown = predictions;
        model.fireTableDataChanged();
    }

    private void setColumns(List<String> inputs, List<String> outputs) {
        if (!inputs.equals(inputNames) || !outputs.equals(outputNames)) {
            inputNames = List.copyOf(inputs);
            outputNames = List.copyOf(outputs);
            model.fireTableStructureChanged();
        }
    }

    @Override
    public void updateUI() {
        super.updateUI();
        askForRoom();
    }

    @Override
    public void tableChanged(javax.swing.event.TableModelEvent e) {
        super.tableChanged(e);
        askForRoom();
    }

    /**
     * Room for a few rows of the zoomed font and, for every column up to {@link #WIDEST} of them,
     * its heading or a six-digit number, whichever is wider; a lesson with more inputs scrolls the
     * table sideways instead of squeezing its numbers. Many samples scroll down.
     */
    private void askForRoom() {
        if (getFont() == null || getTableHeader() == null) {
            return;
        }
        java.awt.FontMetrics cells = getFontMetrics(getFont());
        java.awt.FontMetrics headings = getFontMetrics(getTableHeader().getFont());
        int padding = cells.stringWidth("00");
        int number = cells.stringWidth("-0.00000e000");
        int wide = 0;
        for (int c = 0; c < getColumnCount(); c++) {
            // The sample's number is short; every other column may hold a six-digit number.
            int width = Math.max(c == 0 ? 0 : number, headings.stringWidth(getColumnName(c))) + padding;
            getColumnModel().getColumn(c).setPreferredWidth(width);
            wide += c < WIDEST ? width : 0;
        }
        setAutoResizeMode(getColumnCount() > WIDEST ? AUTO_RESIZE_OFF : AUTO_RESIZE_ALL_COLUMNS);
        setPreferredScrollableViewportSize(new Dimension(wide, VISIBLE_ROWS * getRowHeight()));
    }

    private final class Model extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return shown == null ? 0 : shown.samples();
        }

        @Override
        public int getColumnCount() {
            return 1 + inputNames.size() + 2 * outputNames.size();
        }

        @Override
        public String getColumnName(int column) {
            if (column == 0) {
                return texts.get("training.table.sample");
            }
            int c = column - 1;
            if (c < inputNames.size()) {
                return inputNames.get(c);
            }
            int k = (c - inputNames.size()) / 2;
            return texts.format((c - inputNames.size()) % 2 == 0 ? "training.table.prediction" : "training.table.target",
                    outputNames.get(k));
        }

        @Override
        public Object getValueAt(int row, int column) {
            return column == 0 ? Integer.toString(row + 1) : texts.number(value(row, column));
        }
    }

    /** The number in a cell past the first column. */
    private double value(int row, int column) {
        int c = column - 1;
        if (c < inputNames.size()) {
            return shown.input(row, c);
        }
        int k = (c - inputNames.size()) / 2;
        return (c - inputNames.size()) % 2 == 0 ? shown.prediction(row, k) : shown.target(row, k);
    }

    /** The whole row in words: "Sample 2 of 4: x1 = 0, x2 = 1; prediction ŷ = 0.98, target 1." */
    String spokenRow(int row) {
        List<String> inputs = new ArrayList<>();
        for (int j = 0; j < inputNames.size(); j++) {
            inputs.add(texts.format("training.table.input.spoken", inputNames.get(j), texts.number(shown.input(row, j))));
        }
        List<String> outputs = new ArrayList<>();
        for (int k = 0; k < outputNames.size(); k++) {
            outputs.add(texts.format("training.table.output.spoken", outputNames.get(k),
                    texts.number(shown.prediction(row, k)), texts.number(shown.target(row, k))));
        }
        return texts.format("training.table.row.spoken", row + 1, shown.samples(), String.join(", ", inputs),
                String.join(", ", outputs));
    }

    private final class Renderer extends DefaultTableCellRenderer {
        /** The row a first-column cell was last rendered for, or -1 for other cells. */
        private int spokenRow = -1;

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            setHorizontalAlignment(column == 0 ? CENTER : RIGHT);
            setToolTipText(column == 0 ? null : Double.toString(value(row, column)));
            spokenRow = column == 0 ? row : -1;
            return this;
        }

        /** Worked out when a screen reader asks (see the values table): the focused first cell says its row. */
        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJLabel() {
                    @Override
                    public String getAccessibleName() {
                        return spokenRow >= 0 && shown != null && spokenRow < shown.samples()
                                ? spokenRow(spokenRow) : super.getAccessibleName();
                    }
                };
            }
            return accessibleContext;
        }
    }
}
