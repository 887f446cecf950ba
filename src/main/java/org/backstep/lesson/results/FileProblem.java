package org.backstep.lesson.results;

/**
 * Why a results file was skipped, located for a person to look at: the file's name, the line and
 * column (from 1; 0 when the problem is not at one place) or the field's path such as
 * {@code questions[2].tries}, and what is wrong. The window words each {@link Kind} in its own
 * language; {@link #toString()} is the English sentence.
 *
 * @param detail   for {@link Kind#NOT_JSON} and {@link Kind#UNREADABLE} the reader's own words,
 *                 for {@link Kind#NEWER_FORMAT} the format named; else empty
 * @param expected for {@link Kind#WRONG_VALUE}, what the field must hold; else null
 */
public record FileProblem(String file, int line, int column, String field, Kind kind, Expected expected,
                          String detail) {

    /** What went wrong. */
    public enum Kind {
        UNREADABLE("cannot be read: %2$s"),
        TOO_LARGE("is too large to be a results file"),
        NOT_JSON("is not readable JSON: %2$s"),
        NOT_RESULTS("is not a Backstep results file"),
        NEWER_FORMAT("was written by a newer Backstep (format %2$s); update Backstep to read it"),
        MISSING("%1$s is missing"),
        WRONG_VALUE("%1$s must be %3$s");

        private final String english;

        Kind(String english) {
            this.english = english;
        }
    }

    /** What a field must hold. */
    public enum Expected {
        TEXT("a text that is not empty"),
        COUNT("a whole number, 0 or more"),
        STOP("a whole number, 1 or more"),
        TRUE_OR_FALSE("true or false"),
        TIME("a time such as 2025-03-14T09:30:00Z"),
        LIST("a list"),
        OBJECT("an object with fields");

        private final String english;

        Expected(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    public FileProblem {
        field = field == null ? "" : field;
        detail = detail == null ? "" : detail;
    }

    static FileProblem of(String file, Kind kind, String detail) {
        return new FileProblem(file, 0, 0, "", kind, null, detail);
    }

    static FileProblem missing(String file, String field) {
        return new FileProblem(file, 0, 0, field, Kind.MISSING, null, "");
    }

    static FileProblem wrong(String file, String field, Expected expected) {
        return new FileProblem(file, 0, 0, field, Kind.WRONG_VALUE, expected, "");
    }

    /** Where in the file when it is a place, "line 3, column 7"; else "" (a field's path is in the sentence). */
    public String where() {
        return line > 0 ? "line " + line + ", column " + column : "";
    }

    /** The problem in English, without the file's name. */
    public String sentence() {
        return String.format(kind.english, field, detail, expected == null ? "" : expected.english);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + sentence() : file + ": " + sentence();
    }

    /** A problem found while reading; carries the {@link FileProblem} out of the reader. */
    static final class Thrown extends Exception {
        private final transient FileProblem problem;

        Thrown(FileProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }

        FileProblem problem() {
            return problem;
        }
    }
}
