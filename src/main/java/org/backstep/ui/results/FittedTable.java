package org.backstep.ui.results;

import java.awt.FontMetrics;
import java.awt.KeyboardFocusManager;
import java.awt.event.MouseEvent;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableRowSorter;

/**
 * A sortable table of a {@link SpokenModel} that follows the zoom: rows as high as the font,
 * columns as wide as their widest words, filling the view when they fit and scrolling sideways
 * when they do not (a class of questions at 300 %). Tab leaves the table; F8 goes to its
 * headings, where the arrow keys pick a column and Space sorts by it (Swing's own keys).
 */
final class FittedTable extends JTable {
    /** False while JTable's constructor runs: it tells of its model before the table has a font. */
    private boolean built;

    FittedTable(SpokenModel model, String name, String accessibleName) {
        super(model);
        setName(name);
        getAccessibleContext().setAccessibleName(accessibleName);
        setDefaultRenderer(Object.class, new SpokenRenderer());
        setDefaultRenderer(Integer.class, new SpokenRenderer());
        setDefaultRenderer(Long.class, new SpokenRenderer());
        setAutoCreateRowSorter(false);
        setRowSorter(new TableRowSorter<>(model));
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setCellSelectionEnabled(true);
        setAutoResizeMode(AUTO_RESIZE_ALL_COLUMNS);
        setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        built = true;
        fit();
    }

    @Override
    protected JTableHeader createDefaultTableHeader() {
        return new JTableHeader(columnModel) {
            @Override
            public String getToolTipText(MouseEvent e) {
                int column = columnAtPoint(e.getPoint());
                return column < 0 ? null : ((SpokenModel) getModel()).columnTip(convertColumnIndexToModel(column));
            }
        };
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (built) {
            fit();
        }
    }

    @Override
    public void tableChanged(javax.swing.event.TableModelEvent e) {
        super.tableChanged(e);
        if (built) {
            fit();
        }
    }

    /** Fills the view's width while the columns fit; past that, keeps their widths and scrolls. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return getParent() == null || getPreferredSize().width < getParent().getWidth();
    }

    /** Row height and column widths for the font of now. */
    void fit() {
        FontMetrics metrics = getFontMetrics(getFont());
        setRowHeight(metrics.getHeight() + 8);
        SpokenModel model = (SpokenModel) getModel();
        FontMetrics headerMetrics = getTableHeader() != null ? getFontMetrics(getTableHeader().getFont()) : metrics;
        for (int c = 0; c < model.getColumnCount() && c < getColumnModel().getColumnCount(); c++) {
            int widest = headerMetrics.stringWidth(model.getColumnName(c));
            for (int r = 0; r < model.getRowCount(); r++) {
                widest = Math.max(widest, metrics.stringWidth(model.shown(r, c)));
            }
            getColumnModel().getColumn(convertColumnIndexToView(c)).setPreferredWidth(widest + metrics.getHeight() * 2);
        }
        // The window packs around the table: as wide as its columns, between 6 and 16 rows high.
        setPreferredScrollableViewportSize(new java.awt.Dimension(getPreferredSize().width,
                Math.max(6, Math.min(16, model.getRowCount())) * getRowHeight()));
    }
}
