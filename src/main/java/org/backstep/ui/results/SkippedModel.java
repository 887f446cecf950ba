package org.backstep.ui.results;

import java.util.ArrayList;
import java.util.List;
import org.backstep.lesson.results.ClassResults;
import org.backstep.lesson.results.CsvWords.Column;
import org.backstep.lesson.results.FileProblem;
import org.backstep.lesson.results.ResultsFolder.Handed;

/** The files not counted: those of another version of the lesson, then those that could not be read, each with why. */
final class SkippedModel extends SpokenModel {
    private final ResultWords words;
    private final List<String[]> rows = new ArrayList<>();

    SkippedModel(ResultWords words) {
        this.words = words;
    }

    void show(ClassResults results) {
        rows.clear();
        for (Handed h : results.otherVersions()) {
            rows.add(new String[] {h.file().getFileName().toString(), words.texts().format("results.otherVersionOf",
                    h.results().student(), words.otherVersion(h.results().lessonVersion()))});
        }
        for (FileProblem p : results.broken()) {
            rows.add(new String[] {p.file(), words.problem(p)});
        }
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 2;
    }

    @Override
    public String getColumnName(int column) {
        return words.column(column == 0 ? Column.FILE : Column.REASON);
    }

    @Override
    public Object getValueAt(int row, int column) {
        return rows.get(row)[column];
    }

    @Override
    boolean centred(int column) {
        return false;
    }

    @Override
    String shown(int row, int column) {
        return rows.get(row)[column];
    }

    @Override
    String spoken(int row, int column) {
        return rows.get(row)[0] + ": " + rows.get(row)[1];
    }
}
