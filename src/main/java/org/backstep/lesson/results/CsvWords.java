package org.backstep.lesson.results;

/**
 * The words of a class's CSV file in the teacher's language: the column headings, how a
 * question and a student's answer to it are written, and why a file was left out. The window
 * gives its own; {@link #ENGLISH} is for tests and the command line.
 */
public interface CsvWords {
    /** The headings of the CSV's columns and sections. */
    enum Column {
        STUDENT, FILE, EXPORTED_AT, MINUTES, FIRST_TRY, RIGHT, SHOWN, TRIES,
        QUESTION, AFTER_TRIES, NOT_YET_RIGHT, NOT_TRIED, STUDENTS, NOT_INCLUDED, REASON
    }

    String column(Column column);

    /** A question's heading, e.g. "Stop 3: predict z1[0]". */
    String question(QuestionRecord.Heading question);

    /** A student's answer, e.g. "after 3 tries". */
    String answer(Outcome outcome, int tries);

    /** Why a file of another version of the lesson was left out. */
    String otherVersion(String version);

    /** Why a broken file was left out. */
    String problem(FileProblem problem);

    CsvWords ENGLISH = new CsvWords() {
        @Override
        public String column(Column column) {
            return switch (column) {
                case STUDENT -> "Student";
                case FILE -> "File";
                case EXPORTED_AT -> "Exported at";
                case MINUTES -> "Minutes";
                case FIRST_TRY -> "Right first time";
                case RIGHT -> "Right in the end";
                case SHOWN -> "Shown";
                case TRIES -> "Tries";
                case QUESTION -> "Question";
                case AFTER_TRIES -> "Right after tries";
                case NOT_YET_RIGHT -> "Not right yet";
                case NOT_TRIED -> "Not tried";
                case STUDENTS -> "Students";
                case NOT_INCLUDED -> "Not included";
                case REASON -> "Why";
            };
        }

        @Override
        public String question(QuestionRecord.Heading q) {
            return "Stop " + q.stop() + ": " + (q.kind() == QuestionRecord.Kind.PREDICT ? "predict " : "") + q.label();
        }

        @Override
        public String answer(Outcome outcome, int tries) {
            return switch (outcome) {
                case FIRST_TRY -> "first try";
                case AFTER_TRIES -> "after " + tries + " tries";
                case SHOWN -> "shown";
                case NOT_YET_RIGHT -> "not right (" + tries + (tries == 1 ? " try)" : " tries)");
                case NOT_TRIED -> "not tried";
            };
        }

        @Override
        public String otherVersion(String version) {
            return "another version of the lesson (" + version + ")";
        }

        @Override
        public String problem(FileProblem problem) {
            String where = problem.where();
            return where.isEmpty() ? problem.sentence() : where + ": " + problem.sentence();
        }
    };
}
