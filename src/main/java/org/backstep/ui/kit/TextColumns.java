package org.backstep.ui.kit;

import javax.swing.table.AbstractTableModel;

/** A table model whose columns are named by keys of the window's texts; its rows are the subclass's. */
public abstract class TextColumns extends AbstractTableModel {
    private final Texts texts;
    private final String[] columns;

    protected TextColumns(Texts texts, String... columnKeys) {
        this.texts = texts;
        this.columns = columnKeys.clone();
    }

    @Override
    public final int getColumnCount() {
        return columns.length;
    }

    @Override
    public final String getColumnName(int column) {
        return texts.get(columns[column]);
    }
}
