package org.backstep.ui.results;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

/** Draws a {@link SpokenModel}'s cells with their words, and gives each its sentence as its accessible name. */
final class SpokenRenderer extends DefaultTableCellRenderer {
    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        SpokenModel model = (SpokenModel) table.getModel();
        int r = table.convertRowIndexToModel(row);
        int c = table.convertColumnIndexToModel(column);
        super.getTableCellRendererComponent(table, model.shown(r, c), selected, focused, row, column);
        setHorizontalAlignment(model.centred(c) ? SwingConstants.CENTER : SwingConstants.LEADING);
        String spoken = model.spoken(r, c);
        getAccessibleContext().setAccessibleName(spoken);
        setToolTipText(spoken);
        return this;
    }
}
