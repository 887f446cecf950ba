package org.backstep.ui.results;

import java.util.List;
import org.backstep.lesson.results.ClassResults;
import org.backstep.lesson.results.CsvWords.Column;
import org.backstep.lesson.results.Outcome;

/** A row per question: how many students ended each way, "12 of 20", sortable to find the idea the class missed. */
final class QuestionsModel extends SpokenModel {
    private static final Column[] COLUMNS = {Column.QUESTION, Column.FIRST_TRY, Column.AFTER_TRIES, Column.SHOWN,
            Column.NOT_YET_RIGHT, Column.NOT_TRIED};
    private static final Outcome[] OUTCOMES = {null, Outcome.FIRST_TRY, Outcome.AFTER_TRIES, Outcome.SHOWN,
            Outcome.NOT_YET_RIGHT, Outcome.NOT_TRIED};

    private final ResultWords words;
    private List<ClassResults.Summary> rows = List.of();

    QuestionsModel(ResultWords words) {
        this.words = words;
    }

    void show(ClassResults results) {
        rows = results.summaries();
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return words.column(COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return Integer.class;
    }

    /** The stop's number in the first column (questions sort in lesson order), a count in the others. */
    @Override
    public Object getValueAt(int row, int column) {
        ClassResults.Summary s = rows.get(row);
        return column == 0 ? s.question().stop() : s.count(OUTCOMES[column]);
    }

    @Override
    String shown(int row, int column) {
        ClassResults.Summary s = rows.get(row);
        return column == 0 ? words.question(s.question())
                : words.texts().format("results.ofStudents", s.count(OUTCOMES[column]), s.students());
    }

    @Override
    String spoken(int row, int column) {
        return column == 0 ? shown(row, 0)
                : words.texts().format("results.spoken.cell", shown(row, 0), getColumnName(column), shown(row, column));
    }
}
