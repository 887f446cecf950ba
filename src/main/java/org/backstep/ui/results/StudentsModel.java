package org.backstep.ui.results;

import java.util.List;
import org.backstep.lesson.results.ClassResults;
import org.backstep.lesson.results.CsvWords.Column;
import org.backstep.lesson.results.Outcome;
import org.backstep.lesson.results.QuestionRecord;
import org.backstep.lesson.results.ResultsFolder.Handed;
import org.backstep.lesson.results.StudentResults;

/**
 * A row per student, a column per question: the student's name, the time they spent, how many
 * they got right first time, then each question's outcome. Cells sort by what they mean: an
 * answer right first time before one right after tries, before one shown, before one not yet
 * right, before one not tried.
 */
final class StudentsModel extends SpokenModel {
    private static final int FIXED = 3;

    /** An answer as a sortable cell: better outcome first, then fewer tries. */
    record Answer(Outcome outcome, int tries) implements Comparable<Answer> {
        @Override
        public int compareTo(Answer o) {
            int byOutcome = outcome.compareTo(o.outcome);
            return byOutcome != 0 ? byOutcome : Integer.compare(tries, o.tries);
        }
    }

    private final ResultWords words;
    private ClassResults results;

    StudentsModel(ResultWords words) {
        this.words = words;
    }

    void show(ClassResults newResults) {
        results = newResults;
        fireTableStructureChanged();
    }

    private List<Handed> rows() {
        return results == null ? List.of() : results.students();
    }

    private List<QuestionRecord.Heading> questions() {
        return results == null ? List.of() : results.questions();
    }

    @Override
    public int getRowCount() {
        return rows().size();
    }

    @Override
    public int getColumnCount() {
        return FIXED + questions().size();
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case 0 -> words.column(Column.STUDENT);
            case 1 -> words.column(Column.MINUTES);
            case 2 -> words.column(Column.FIRST_TRY);
            default -> words.heading(questions().get(column - FIXED));
        };
    }

    @Override
    String columnTip(int column) {
        return column < FIXED ? getColumnName(column) : words.question(questions().get(column - FIXED));
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case 0 -> String.class;
            case 1 -> Long.class;
            case 2 -> Integer.class;
            default -> Answer.class;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        Handed h = rows().get(row);
        StudentResults r = h.results();
        return switch (column) {
            case 0 -> r.student();
            case 1 -> Math.round(r.activeSeconds() / 60.0);
            case 2 -> r.count(Outcome.FIRST_TRY);
            default -> answer(h, column);
        };
    }

    private Answer answer(Handed h, int column) {
        QuestionRecord.Heading q = questions().get(column - FIXED);
        QuestionRecord record = h.results().question(q.stop());
        return new Answer(ClassResults.outcome(h, q), record == null ? 0 : record.tries());
    }

    @Override
    String shown(int row, int column) {
        StudentResults r = rows().get(row).results();
        return switch (column) {
            case 0 -> r.student();
            case 1 -> words.texts().format("results.minutes", getValueAt(row, 1));
            case 2 -> words.texts().format("results.ofQuestions", getValueAt(row, 2), questions().size());
            default -> {
                Answer a = answer(rows().get(row), column);
                yield words.cell(a.outcome(), a.tries());
            }
        };
    }

    @Override
    String spoken(int row, int column) {
        Handed h = rows().get(row);
        String student = h.results().student();
        return switch (column) {
            case 0 -> words.texts().format("results.spoken.student", student, h.file().getFileName());
            case 1, 2 -> words.texts().format("results.spoken.cell", student, getColumnName(column), shown(row, column));
            default -> {
                Answer a = answer(h, column);
                yield words.texts().format("results.spoken.cell", student, columnTip(column),
                        words.answer(a.outcome(), a.tries()));
            }
        };
    }

    /** The file of the student in model row {@code row}. */
    Handed student(int row) {
        return rows().get(row);
    }
}
