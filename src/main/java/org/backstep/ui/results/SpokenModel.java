package org.backstep.ui.results;

import javax.swing.table.AbstractTableModel;

/**
 * A table model whose cells hold values to sort by and have words of their own: a short text to
 * show ("✓ 3 tries") and a sentence for a screen reader ("Ben, stop 5, L: right after 3 tries"),
 * since a tick read out as "check mark" tells a teacher nothing.
 */
abstract class SpokenModel extends AbstractTableModel {
    /** The text shown in the cell at {@code row}, {@code column} of the model. */
    abstract String shown(int row, int column);

    /** What a screen reader says for that cell. */
    abstract String spoken(int row, int column);

    /** Whether the column's cells are centred (counts and answers) rather than read from the start (names, reasons). */
    boolean centred(int column) {
        return column > 0;
    }

    /** A column's longer description, for its heading's tooltip. */
    String columnTip(int column) {
        return getColumnName(column);
    }
}
