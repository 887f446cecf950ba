package org.backstep.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one lesson file so far, each located (line, column, field) in the file's
 * text. The lesson's validators all add to one list, so a teacher gets every problem at once.
 */
final class Problems {
    private final String file;
    private final Locator locator;
    private final List<LessonProblem> found = new ArrayList<>();

    Problems(String file, Locator locator) {
        this.file = file;
        this.locator = locator;
    }

    void add(FieldPath path, String message) {
        JsonLocation at = locator.locate(path);
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        found.add(new LessonProblem(file, line, column, path.toString(), message));
    }

    /** Whether {@code value} is there; a missing one is a problem saying what is required. */
    boolean require(Object value, FieldPath path, String what) {
        if (value == null) {
            missing(path, what);
            return false;
        }
        return true;
    }

    /** A field the file must give is missing; {@code what} says what it should hold. */
    void missing(FieldPath path, String what) {
        add(path, "missing; required: " + what);
    }

    /** A number too large for a double (bound as an infinity) is a problem. */
    void finite(double v, FieldPath at) {
        if (!Double.isFinite(v)) {
            add(at, "the number is too large to represent; every number must be finite (|v| < 1.8e308)");
        }
    }

    /** How many problems there are: a validator compares counts to tell whether its part was whole. */
    int count() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems so far, as the exception a loader throws. */
    LessonException exception() {
        return new LessonException(found);
    }

    /** "1 row", "3 numbers". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
